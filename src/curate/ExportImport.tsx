import { memo, useId, useState } from 'react';
import { readTimelineJs } from '../authoring/readTimelineJs';
import type { ImportReport } from '../authoring/importReport';
import { timelineJsJsonText, toTimelineJsCsv } from '../authoring/exportTimelineJs';
import { type DatasetFileTranslation, datasetJsonText, serialiseDataset } from '../exports/datasetJson';
import { saveFile, textBlob } from '../exports/saveFile';
import { useCurateI18n } from './useCurateI18n';
import type { DataProblem, Dataset } from '../model/types';
import { relationKey } from '../model/translations';
import { validateProject } from './check';
import { ImportReportView } from './ImportReportView';
import { useDispatch, useWorkbenchApi } from './context';
import { loadEnglishDates } from './englishDates';
import { ProblemList } from './ProblemList';
import { RefusalWords } from './RefusalWords';
import { type CurateProject, fileTranslations } from './project';
import { type SaveResult, saveToProject } from './saveToProject';

type Format = 'dataset' | 'project' | 'timelinejs-json' | 'timelinejs-csv';

/** "Save to project" writes into src/data through the dev server (scripts/curateSavePlugin.ts): `npm run dev` only. */
const SAVES_TO_PROJECT = import.meta.env.DEV;

/** What an export holds: the events and links that pass, and the sources they cite (an uncited source would not pass). */
function exportable(dataset: Dataset): Dataset {
  const cited = new Set(dataset.events.flatMap((e) => e.citations.map((c) => c.sourceId)));
  return { ...dataset, sources: dataset.sources.filter((s) => cited.has(s.id)) };
}

/** The exported events' words in the timeline's other languages, as the file carries them; none when none are typed. */
function translationsOf(project: CurateProject, dataset: Dataset): Record<string, DatasetFileTranslation> | undefined {
  const translations = fileTranslations(project, {
    events: new Set(dataset.events.map((e) => e.id)),
    relations: new Set((dataset.relations ?? []).map(relationKey)),
  });
  return Object.keys(translations).length > 0 ? translations : undefined;
}

async function save(format: Exclude<Format, 'project'>, dataset: Dataset, project: CurateProject): Promise<void> {
  const title = dataset.sources[0]?.headline ?? 'Timeline';
  if (format === 'dataset') {
    saveFile('dataset.json', textBlob(datasetJsonText(dataset, translationsOf(project, dataset)), 'application/json'));
    return;
  }
  const dates = await loadEnglishDates();
  if (format === 'timelinejs-json') saveFile('timeline.json', textBlob(timelineJsJsonText(dataset, title, dates), 'application/json'));
  else saveFile('timeline.csv', textBlob(toTimelineJsCsv(dataset, dates), 'text/csv'));
}

/**
 * Out and in: the dataset in the project's own format, TimelineJS's JSON and CSV; TimelineJS in. An export of a
 * project with problems names them and asks first; an import is all or nothing, with its report.
 */
export const ExportImport = memo(function ExportImport() {
  const { t } = useCurateI18n();
  const store = useWorkbenchApi();
  const dispatch = useDispatch();
  const id = useId();
  const [asking, setAsking] = useState<{
    format: Format;
    problems: readonly DataProblem[];
    dataset: Dataset;
    project: CurateProject;
  } | null>(null);
  const [nothing, setNothing] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [savedToProject, setSavedToProject] = useState<SaveResult | null>(null);

  function deliver(format: Format, dataset: Dataset, project: CurateProject): void {
    if (format !== 'project') return void save(format, dataset, project);
    setSavedToProject(null);
    void saveToProject(serialiseDataset(dataset, translationsOf(project, dataset))).then(setSavedToProject);
  }

  function start(format: Format): void {
    // Checked now, not as last shown: the file holds exactly what the validator passes at this moment.
    const project = store.getState().history.present;
    const { dataset, problems } = validateProject(project);
    const out = exportable(dataset);
    setNothing(out.events.length === 0);
    if (out.events.length === 0) return;
    if (problems.length > 0) setAsking({ format, problems, dataset: out, project });
    else deliver(format, out, project);
  }

  async function importFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const text = await file.text();
    const project = store.getState().history.present;
    const { dataset } = validateProject(project);
    const read = readTimelineJs(text, file.name, dataset.sources, new Set(project.events.map((e) => e.id)));
    if (read.ok && read.events.length > 0) dispatch({ type: 'add-events', events: read.events });
    setReport(read.report);
  }

  // A refusal's problems from the validator and the import's own refusals (a record already in the project, with
  // other fields), said in the page's language; the files written, or what else the dev server said, in its English.
  const refused = savedToProject?.ok === false ? savedToProject.problems : [];
  const savedProblems = refused.flatMap((p) => (p.problem ? [p.problem] : []));
  const refusals = refused.flatMap((p) => (p.refusal ? [p.refusal] : []));
  let savedLines: readonly string[] = [];
  if (savedToProject)
    savedLines = savedToProject.ok ? savedToProject.written : refused.flatMap((p) => (p.problem || p.refusal ? [] : [p.text]));

  return (
    <section className="curate-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('curate.export.heading')}</h2>
      <div className="curate-actions">
        <button type="button" onClick={() => start('dataset')}>
          {t('curate.download')}
        </button>
        {SAVES_TO_PROJECT && (
          <button type="button" onClick={() => start('project')}>
            {t('curate.saveToProject')}
          </button>
        )}
        <button type="button" onClick={() => start('timelinejs-json')}>
          {t('curate.export.timelineJsJson')}
        </button>
        <button type="button" onClick={() => start('timelinejs-csv')}>
          {t('curate.export.timelineJsCsv')}
        </button>
      </div>
      {nothing && <p role="status">{t('curate.export.nothing')}</p>}
      {savedToProject && (
        <div role="status" className="curate-report">
          <p>
            {savedToProject.ok
              ? t('curate.saveToProject.saved', { count: savedToProject.written.length })
              : t(`curate.saveToProject.${savedToProject.failure}`)}
          </p>
          {savedProblems.length > 0 && <ProblemList problems={savedProblems} />}
          {refusals.length > 0 && (
            <ul className="curate-problem-list">
              {refusals.map((refusal, i) => (
                <li key={i} data-refusal={refusal.kind}>
                  <RefusalWords refusal={refusal} />
                </li>
              ))}
            </ul>
          )}
          {!savedToProject.ok && savedLines.length > 0 && <p>{t('curate.saveToProject.importerSays')}</p>}
          {savedLines.length > 0 && (
            <ul lang="en">
              {savedLines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {asking && (
        <div className="curate-confirm" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('curate.export.confirm', { count: asking.problems.length })}</p>
          <ProblemList problems={asking.problems} />
          <div className="curate-actions">
            <button
              type="button"
              onClick={() => {
                deliver(asking.format, asking.dataset, asking.project);
                setAsking(null);
              }}
            >
              {t(asking.format === 'project' ? 'curate.saveToProject.anyway' : 'curate.export.anyway')}
            </button>
            <button type="button" autoFocus onClick={() => setAsking(null)}>
              {t('curate.cancel')}
            </button>
          </div>
        </div>
      )}
      <div className="curate-field">
        <label htmlFor={`${id}-import`}>{t('curate.import.label')}</label>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => {
            void importFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </div>
      {report && (
        <div role="status" className="curate-report">
          <h3>{t('curate.import.report')}</h3>
          <ImportReportView report={report} />
        </div>
      )}
    </section>
  );
});
