import { TIMELINE_LANGUAGES } from '../i18n/languages';
import { LABEL_MAX_LENGTH, type RawEvent } from '../model/schema';
import type { DataProblem } from '../model/types';
import { validateDatasetWithRelations } from '../model/validateRelations';
import { relationKey } from '../model/translations';
import { validateFileTranslations } from '../model/validateTranslations';
import type { Checked } from './context';
import { labelColumns, TRANSLATED_LABEL_COLUMNS } from './labelFit';
import { type CurateProject, draftRelationKey, fileTranslations, projectInput } from './project';

/** The languages the events are translated into in the workbench: the timeline's, but its own (English). */
export const OTHER_LANGUAGES: readonly string[] = TIMELINE_LANGUAGES.slice(1);

/**
 * Each event's words in each other language, field by field, as docs/data.md "Translations" asks: a title and a
 * label, a note where the English has one, a label at most LABEL_MAX_LENGTH characters and no wider than 12 Hangul
 * or kanji; and each link's note, where the English has one.
 */
function translationFieldProblems(project: CurateProject, events: readonly RawEvent[]): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const language of OTHER_LANGUAGES) {
    for (const event of events) {
      const words = project.translations?.[language]?.[event.id] ?? {};
      const report = (field: string, kind: DataProblem['kind'], message: string) =>
        problems.push({ kind, path: ['translations', language, 'events', event.id, field], message, eventId: event.id });
      const title = words.title?.trim() ?? '';
      const label = words.label?.trim() ?? '';
      if (title === '') report('title', 'missing-translation', `no ${language} title for the event "${event.id}"`);
      if (label === '') report('label', 'missing-translation', `no ${language} label for the event "${event.id}"`);
      else if ([...label].length > LABEL_MAX_LENGTH) report('label', 'label-too-long', `must be at most ${LABEL_MAX_LENGTH} characters`);
      else if (labelColumns(label) > TRANSLATED_LABEL_COLUMNS)
        report(
          'label',
          'label-too-long',
          `is wider than 12 Hangul or kanji (${labelColumns(label) / 2} of ${TRANSLATED_LABEL_COLUMNS / 2})`,
        );
      if (event.note !== undefined && (words.note?.trim() ?? '') === '')
        report('note', 'missing-translation', `no ${language} note for the event "${event.id}", which has one`);
    }
  }
  for (const language of OTHER_LANGUAGES) {
    project.relations.forEach((relation, relationIndex) => {
      if ((relation.note?.trim() ?? '') === '' || (relation.translatedNotes?.[language]?.trim() ?? '') !== '') return;
      const key = draftRelationKey(relation);
      problems.push({
        kind: 'missing-translation',
        path: ['translations', language, 'relations', key, 'note'],
        message: `no ${language} note for the relation "${key}", which has one`,
        relationIndex,
      });
    });
  }
  return problems;
}

/**
 * Runs the project's validator on the whole project, and files each problem under its event. The events' words in
 * the other languages are checked field by field, and, where those are complete, as `npm run import-data` checks
 * the downloaded file's (validateFileTranslations), so that a project with no problems downloads a file that imports.
 */
export function validateProject(project: CurateProject): Checked {
  const checked = validateDatasetWithRelations(projectInput(project));
  const { dataset, rejected } = checked;
  const fields = translationFieldProblems(project, project.events);
  const incomplete = new Set(fields.map((p) => p.path[1]));
  // The notes of the links the validator kept: a rejected link's problems are its own.
  const kept = { relations: new Set((dataset.relations ?? []).map(relationKey)) };
  const asFile = validateFileTranslations(fileTranslations(project, kept), {
    events: dataset.events,
    rejected,
    relations: dataset.relations ?? [],
  });
  const problems = [...checked.problems, ...fields, ...asFile.filter((p) => !incomplete.has(p.path[1]))];
  const byEvent = new Map<string, DataProblem[]>();
  for (const p of problems) {
    if (p.eventId === undefined) continue;
    const list = byEvent.get(p.eventId) ?? [];
    list.push(p);
    byEvent.set(p.eventId, list);
  }
  return { dataset, problems, byEvent };
}

/** The form field a problem belongs beside: `title`, `label`, `date`, `status`, `tags`, `note`, `id`, `quote-0`… */
export function problemField(problem: DataProblem): string {
  const [first, index] = problem.path;
  switch (first) {
    case 'start':
    case 'end':
    case 'bounds':
    case 'ongoing':
      return 'date';
    case 'citations':
      return typeof index === 'number' ? `quote-${index}` : 'quote-0';
    case 'translations': {
      // ['translations', language, 'events', id, field]: `title-ko`, `label-ja`…; the event's words as a whole, its title.
      const [, language, part, , field] = problem.path;
      if (part !== 'events') return 'event';
      return `${typeof field === 'string' && ['title', 'label', 'note'].includes(field) ? field : 'title'}-${String(language)}`;
    }
    case 'id':
    case 'title':
    case 'label':
    case 'status':
    case 'tags':
    case 'note':
      return first;
    default:
      return 'event';
  }
}
