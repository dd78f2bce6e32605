import type { ReactElement } from 'react';
import type { ImportNotice, ImportReport } from '../authoring/importReport';
import type { CurateI18n } from '../i18n/curateWords';
import { richMessage } from '../panels/richMessage';
import { sentences } from './sentences';
import { useCurateI18n } from './useCurateI18n';

/** The importer's own English words (a reason, what TimelineJS cannot hold), marked as English: the sentence around them says so. */
const english = (words: string): ReactElement => (
  <span lang="en" data-import-details="">
    {words}
  </span>
);

/** Where in the file a notice is, in the page's language: `Row 7`, `Slide 3 (draft “moon-landing”)`, `The title slide`. */
function placeOf(t: CurateI18n['t'], notice: ImportNotice): string {
  const { kind, number } = notice.at;
  const place = kind === 'title' ? t('curate.import.place.title') : t(`curate.import.place.${kind}`, { number });
  return notice.eventId === undefined ? place : t('curate.import.placeAs', { place, event: notice.eventId });
}

/**
 * What an import of a TimelineJS file did, in the page's language: how many slides or rows it read, imported and
 * skipped, then each notice by its place in the file, with the importer's English reason marked and said to be so.
 */
export function ImportReportView({ report }: { readonly report: ImportReport }) {
  const { t } = useCurateI18n();
  const file = report.fileName;
  const reason = (words: string) => richMessage(t, 'curate.import.reason', { reason: english(words) });
  if (report.error !== undefined) return <p>{sentences(t, [t('curate.import.failed', { file }), reason(report.error)])}</p>;
  const skipped = report.notices.filter((n) => n.kind === 'skipped').length;
  const format = report.format ?? 'TimelineJS';
  const read = report.format === 'TimelineJS CSV' ? 'curate.import.readRows' : 'curate.import.readSlides';
  return (
    <>
      <p>
        {sentences(t, [
          t(read, { count: report.read, file, format }),
          t('curate.import.imported', { count: report.imported }),
          t('curate.import.skipped', { count: skipped }),
          ...(report.unsourced > 0 ? [t('curate.import.unsourced', { count: report.unsourced })] : []),
        ])}
      </p>
      {report.notices.length > 0 && (
        <ul>
          {report.notices.map((notice, i) => (
            <li key={i}>
              {sentences(t, [t(`curate.import.notice.${notice.kind}`, { place: placeOf(t, notice) }), reason(notice.message)])}
            </li>
          ))}
        </ul>
      )}
      {report.cannotHold.length > 0 && (
        <>
          <p>{t('curate.import.cannotHold')}</p>
          <ul>
            {report.cannotHold.map((words, i) => (
              <li key={i}>{english(words)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
