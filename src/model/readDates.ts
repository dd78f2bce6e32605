import { utcYear } from 'd3-time';
import { OPEN_END, looksLikeBounds, parseEdtfBounds } from './edtf';
import { type DateSpan, type PartialDate, formatDateSpan, parsePartialDate, sameSpan } from './partialDate';
import { resolveRelativeDate } from './relativeDate';
import type { RawBoundBasis, RawEvent } from './schema';
import type { ReportProblem } from './recordProblems';
import type { BoundBasis, DateBound, Ongoing, ProblemPath, Source, TimelineEvent } from './types';

/** An open bound is drawn as a fade this long beyond what is known: long enough to read as open, short of claiming more. */
export const OPEN_END_FADE_MS = 365 * 864e5;

/** The dates of an event as read from its record. */
export interface EventDates {
  readonly start: PartialDate;
  readonly end?: PartialDate;
  readonly earliest?: DateBound;
  readonly latest?: DateBound;
  readonly ongoing?: Ongoing;
  readonly t0: number;
  readonly t1: number;
  /** What a citation's date must hold: the days the event may fall on ([from, to), open sides infinite). */
  readonly range: { readonly from: number; readonly to: number; readonly text: string };
  /** The date some citation's words must give exactly; none for a date known only by bounds. */
  readonly exact?: DateSpan;
}

type Sources = ReadonlyMap<string, Source>;

const DATE_FORMS = 'YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD';

/** Reads `start`, `end`, `bounds` and `ongoing`, reporting each problem at its field. */
export function readEventDates(e: RawEvent, sources: Sources, report: ReportProblem): EventDates | undefined {
  if (looksLikeBounds(e.start)) return readBounded(e, sources, report);
  if (e.bounds) report('bounds-for-a-date', ['bounds'], `given, but the start "${e.start}" is a date, not bounds ([A..B], [..B] or [A..])`);
  const start = readDate(e.start, 'start', report);
  if (e.end === OPEN_END || e.ongoing) return readOngoing(e, start, sources, report);
  const end = e.end === undefined ? undefined : readDate(e.end, 'end', report);
  if (start && end && end.start <= start.start) report('end-not-after-start', ['end'], `${e.end} is not after the start ${e.start}`);
  if (!start || (e.end !== undefined && !end)) return undefined;
  const span: DateSpan = { start, ...(end && { end }) };
  const t1 = (end ?? start).end;
  return { start, ...(end && { end }), t0: start.start, t1, range: { from: start.start, to: t1, text: formatDateSpan(span) }, exact: span };
}

function readDate(text: string, field: 'start' | 'end', report: ReportProblem): PartialDate | undefined {
  const date = parsePartialDate(text);
  if (!date) report('not-a-date', [field], `"${text}" is not a real date (${DATE_FORMS})`);
  return date;
}

function readOngoing(e: RawEvent, start: PartialDate | undefined, sources: Sources, report: ReportProblem): EventDates | undefined {
  if (!e.ongoing) {
    report(
      'ongoing-reason-missing',
      ['ongoing'],
      `missing: an open end ("${OPEN_END}") needs the words that say the period was still going on`,
    );
    return undefined;
  }
  if (e.end !== OPEN_END) {
    report(
      'ongoing-with-end',
      ['end'],
      `${e.end === undefined ? 'missing' : `"${e.end}"`}: a period still going on when reported has no end, only "${OPEN_END}"`,
    );
    return undefined;
  }
  const cited = findWords(e, e.ongoing.words, ['ongoing', 'words'], sources, report);
  if (!start || !cited) return undefined;
  const { index, source } = cited;
  if (start.start >= source.published.end) {
    report(
      'start-after-report',
      ['start'],
      `${start.iso} is after the report of ${source.published.iso} that says the period was going on`,
    );
    return undefined;
  }
  const ongoing: Ongoing = { words: e.ongoing.words, citationIndex: index, reported: source.published };
  // A citation's date words date the period's start: that is what they must hold.
  const range = { from: start.start, to: start.end, text: `${start.iso}/${OPEN_END}` };
  return { start, ongoing, t0: start.start, t1: source.published.end + OPEN_END_FADE_MS, range, exact: { start } };
}

function readBounded(e: RawEvent, sources: Sources, report: ReportProblem): EventDates | undefined {
  const read = parseEdtfBounds(e.start);
  if (!read) {
    report('not-bounds', ['start'], `"${e.start}" is not bounds of real dates: [A..B], [..B] or [A..], each ${DATE_FORMS}`);
    return undefined;
  }
  if (e.end !== undefined) report('bounded-with-end', ['end'], `given for "${e.start}": an event dated only by bounds has no end`);
  if (e.ongoing) report('bounded-with-ongoing', ['ongoing'], `given for "${e.start}": an event dated only by bounds is not a period`);
  const earliest = read.earliest && readBound(e, 'earliest', read.earliest, sources, report);
  const latest = read.latest && readBound(e, 'latest', read.latest, sources, report);
  if (read.earliest && read.latest && read.earliest.start >= read.latest.end) {
    report('bounds-out-of-order', ['start'], `the earliest bound ${read.earliest.iso} is not before the latest bound ${read.latest.iso}`);
    return undefined;
  }
  if ((read.earliest && !earliest) || (read.latest && !latest) || e.end !== undefined || e.ongoing) return undefined;
  for (const side of ['earliest', 'latest'] as const) {
    if (e.bounds?.[side] && !read[side]) report('bound-without-date', ['bounds', side], `given, but "${e.start}" has no ${side} bound`);
  }
  const first = earliest ?? latest;
  if (!first) return undefined;
  const t0 = earliest ? earliest.date.start : first.date.start - OPEN_END_FADE_MS;
  const t1 = latest ? latest.date.end : first.date.end + OPEN_END_FADE_MS;
  const range = { from: earliest ? t0 : -Infinity, to: latest ? t1 : Infinity, text: e.start };
  return { start: first.date, ...(earliest && { earliest }), ...(latest && { latest }), t0, t1, range };
}

function readBound(
  e: RawEvent,
  side: 'earliest' | 'latest',
  date: PartialDate,
  sources: Sources,
  report: ReportProblem,
): DateBound | undefined {
  const field = ['bounds', side] as const;
  const raw: RawBoundBasis | undefined = e.bounds?.[side];
  if (!raw) {
    report('bound-reason-missing', field, `missing: the ${side} bound ${date.iso} needs the words that give it`);
    return undefined;
  }
  const cited = findWords(e, raw.words, [...field, 'words'], sources, report);
  if (!cited) return undefined;
  const basis: BoundBasis = {
    words: raw.words,
    citationIndex: cited.index,
    ...(raw.event !== undefined && { eventId: raw.event }),
    ...(raw.reported && { reported: true as const }),
  };
  if (raw.event !== undefined && raw.reported) {
    report('bound-two-reasons', field, 'names both an event and the report: a bound has one reason');
    return undefined;
  }
  const published = cited.source.published;
  if (raw.reported && date.iso !== published.iso) {
    report(
      'bound-not-report-day',
      [...field, 'reported'],
      `the ${side} bound ${date.iso} is not the day "${cited.source.id}" reported it, ${published.iso}`,
    );
    return undefined;
  }
  if (raw.event === undefined && !raw.reported) {
    const resolved = resolveRelativeDate(raw.words, published.iso);
    if (!resolved) {
      report(
        'words-unresolved',
        [...field, 'words'],
        `"${raw.words}" cannot be resolved to a date; name the event or the report that gives the bound`,
      );
      return undefined;
    }
    if (!sameSpan(resolved, { start: date })) {
      report(
        'bound-words-mismatch',
        [...field, 'words'],
        `"${raw.words}" from ${published.iso} gives ${formatDateSpan(resolved)}, not the ${side} bound ${date.iso}`,
      );
      return undefined;
    }
  }
  return { date, basis };
}

/** The first of the event's citations whose quote holds the words, and its source. */
function findWords(
  e: RawEvent,
  words: string,
  field: ProblemPath,
  sources: Sources,
  report: ReportProblem,
): { index: number; source: Source } | undefined {
  const index = e.citations.findIndex((c) => c.quote.includes(words));
  const source = sources.get(e.citations[index]?.source ?? '');
  if (index < 0) report('words-not-in-citations', field, `"${words}" does not occur in any of the event's citations`);
  return index >= 0 && source ? { index, source } : undefined;
}

const MORE_THAN_YEARS = /more than (\d+|one|two|three|four|five|six|seven|eight|nine|ten) years?/i;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * The bounds an event takes from other events, checked against them (`others`, by id): the other event
 * exists, and the bound is its date ("after the ruling": the ruling's date). "More than three years"
 * before another event gives a latest bound that holds the day three years before that event's last day.
 * A bound taken from an event left out for its own problem is not checked (that problem is reported already).
 */
export function checkBoundsFromEvents(
  event: TimelineEvent,
  others: ReadonlyMap<string, TimelineEvent>,
  rejected: ReadonlySet<string>,
  report: ReportProblem,
): void {
  for (const side of ['earliest', 'latest'] as const) {
    const bound = event[side];
    const otherId = bound?.basis.eventId;
    if (!bound || otherId === undefined || rejected.has(otherId)) continue;
    const field = ['bounds', side, 'event'];
    const other = others.get(otherId);
    if (!other) {
      report('unknown-event', field, `names no known event "${otherId}"`);
      continue;
    }
    const years = MORE_THAN_YEARS.exec(bound.basis.words)?.[1]?.toLowerCase();
    if (years !== undefined && side === 'latest') {
      const n = NUMBER_WORDS.includes(years) ? NUMBER_WORDS.indexOf(years) : Number(years);
      const day = utcYear.offset(new Date(other.start.end), -n).getTime() - 864e5;
      if (day < bound.date.start || day >= bound.date.end) {
        const message = `the latest bound ${bound.date.iso} does not hold the day ${n} years before "${otherId}" (${other.start.iso})`;
        report('bound-event-mismatch', field, message);
      }
    } else if (bound.date.iso !== other.start.iso) {
      report(
        'bound-event-mismatch',
        field,
        `the ${side} bound ${bound.date.iso} does not match the date of "${otherId}", ${other.start.iso}`,
      );
    }
  }
}
