import { type ReactElement, useState } from 'react';
import type { ImportNotice, ImportReport, NoticeKind, SlidePlace } from '../authoring/importReport';
import type { CurateI18n } from '../i18n/curateWords';
import { richMessage } from '../panels/richMessage';
import { detailsAddTo } from './detailsAddTo';
import { sentences } from './sentences';
import { useCurateI18n } from './useCurateI18n';

type T = CurateI18n['t'];

/** The importer's own English particulars (the cells, ids and quotes concerned), marked as English: the words around them say so. */
const english = (words: string): ReactElement => (
  <span lang="en" data-import-details="">
    {words}
  </span>
);

/** A place list longer than this many runs ("Rows 2–5, 7, 9–12, …") stops, and says how many places it holds. */
const MAX_RUNS = 6;

/** Ascending numbers as runs: [2, 3, 4, 5, 7] → ["2–5", "7"]. */
function runsOf(numbers: readonly number[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === (numbers[j] ?? NaN) + 1) j++;
    runs.push(i === j ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return runs;
}

const PLACE_KINDS: readonly SlidePlace['kind'][] = ['title', 'slide', 'row', 'era'];

/** Where in the file a group of notices at two places or more is, in the page's language: `Rows 2–5, 7`, `The title slide; Eras 1–3`. */
function placesOf(t: T, notices: readonly ImportNotice[]): string {
  const parts = PLACE_KINDS.flatMap((kind) => {
    const numbers = [...new Set(notices.filter((n) => n.at.kind === kind).map((n) => n.at.number))].sort((a, b) => a - b);
    if (numbers.length === 0) return [];
    if (kind === 'title') return [t('curate.import.place.title')];
    const runs = runsOf(numbers);
    const shown = runs.slice(0, MAX_RUNS).join(t('curate.import.separator'));
    const said = t(`curate.import.places.${kind}`, { numbers: shown });
    return [runs.length > MAX_RUNS ? t('curate.import.places.more', { count: numbers.length, places: said }) : said];
  });
  return parts.join(t('curate.import.placeSeparator'));
}

/** Where in the file one notice is: `Row 7`, `Slide 3 (draft “moon-landing”)`, `The title slide`. */
function placeOf(t: T, notice: ImportNotice): string {
  const { kind, number } = notice.at;
  const place = kind === 'title' ? t('curate.import.place.title') : t(`curate.import.place.${kind}`, { number });
  return notice.eventId === undefined ? place : t('curate.import.placeAs', { place, event: notice.eventId });
}

/** The notices of one kind for one reason, in the file's order. */
interface NoticeGroup {
  readonly key: string;
  readonly kind: NoticeKind;
  readonly notices: ImportNotice[];
}

function groupsOf(notices: readonly ImportNotice[]): NoticeGroup[] {
  const groups = new Map<string, NoticeGroup>();
  for (const notice of notices) {
    const key = `${notice.kind} ${notice.reason}`;
    const group = groups.get(key);
    if (group) group.notices.push(notice);
    else groups.set(key, { key, kind: notice.kind, notices: [notice] });
  }
  return [...groups.values()];
}

/** Each notice's place and English particulars, listed only once the curator opens them (an import can give thousands). */
function EachNotice({ notices }: { readonly notices: readonly ImportNotice[] }) {
  const { t } = useCurateI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="curate-import-each" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('curate.import.detailsOf', { count: notices.length })}</summary>
      {open && (
        <ul>
          {notices.map((notice, i) => (
            <li key={i}>{richMessage(t, 'curate.import.placeSaid', { place: placeOf(t, notice), details: english(notice.message) })}</li>
          ))}
        </ul>
      )}
    </details>
  );
}

/**
 * One reason the importer gave, for every place in the file it gave it: where, what became of those slides or rows,
 * and the reason, in the page's language; then the importer's English particulars, inline for one place, behind a
 * disclosure for several, and left out where they would only repeat an English sentence.
 */
function NoticeGroupView({ group }: { readonly group: NoticeGroup }) {
  const { t } = useCurateI18n();
  const { kind, notices } = group;
  const [first] = notices;
  if (!first) return null;
  const places = new Set(notices.map((n) => `${n.at.kind} ${n.at.number}`)).size;
  const framing =
    places === 1
      ? t(`curate.import.notice.${kind}`, { place: placeOf(t, first) })
      : t(`curate.import.group.${kind}`, { count: places, places: placesOf(t, notices) });
  const why = t(`curate.import.why.${first.reason}`);
  const adds = notices.some((n) => detailsAddTo(why, n.message));
  if (!adds) return <li>{sentences(t, [framing, why])}</li>;
  if (notices.length === 1)
    return <li>{sentences(t, [framing, why, richMessage(t, 'curate.import.reason', { reason: english(first.message) })])}</li>;
  return (
    <li>
      {sentences(t, [framing, why])}
      <EachNotice notices={notices} />
    </li>
  );
}

/**
 * What an import of a TimelineJS file did, in the page's language: how many slides or rows it read, imported and
 * skipped; then each reason it gave, once, with the places it gave it for; then, for one of our own exports, what
 * TimelineJS could not hold.
 */
export function ImportReportView({ report }: { readonly report: ImportReport }) {
  const { t } = useCurateI18n();
  const file = report.fileName;
  if (report.error !== undefined) {
    return (
      <p>
        {sentences(t, [
          t('curate.import.failed', { file }),
          ...(report.errorReason === undefined ? [] : [t(`curate.import.why.${report.errorReason}`)]),
          richMessage(t, 'curate.import.reason', { reason: english(report.error) }),
        ])}
      </p>
    );
  }
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
        <ul className="curate-import-notices">
          {groupsOf(report.notices).map((group) => (
            <NoticeGroupView key={group.key} group={group} />
          ))}
        </ul>
      )}
      {report.cannotHold.length > 0 && (
        <>
          <p>{t('curate.import.cannotHold')}</p>
          <ul>
            {report.cannotHold.map((what) => (
              <li key={what}>{t(`curate.import.cannot.${what}`)}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
