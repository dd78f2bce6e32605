import { DAY } from './duration';
import { type DateSpan, type PartialDate, isoDay, parsePartialDate } from './partialDate';
import type { TimelineEvent } from './types';

/**
 * Dates in the Extended Date/Time Format (EDTF, ISO 8601-2), the form citation managers and archives read:
 * a year `1965`, a month `2018-10`, a day `2019-11-22`, a period `1910/1945`. EDTF has no week: a week is
 * written as the interval of its days, Monday to Sunday (`2019-12-02/2019-12-08`), which says the same.
 * Dates known only by bounds are written as "one of a set": `[2018-10-01..2019-11-29]` some time between,
 * `[..2016-12]` on or before, `[2023-09-08..]` on or after; a period still going on has an open end, `2018-10/..`.
 * A set's range takes one precision at both ends, so two bounds are written at the finer of theirs.
 *
 * The dataset's own files write bounds in the dataset's bounds notation (EDTF-like), each bound at the
 * precision its words give (`[2018-10..2019-11-29]`): `parseEdtfBounds` reads that notation; what others
 * read is written by `formatEventEdtf`. Read and written without a library, so that the page carries none.
 */

/** The end of a period still going on when reported, as EDTF writes an open end. */
export const OPEN_END = '..';

/** How fine a date is in EDTF, which writes a week as days. */
const FINENESS = { year: 0, month: 1, week: 2, day: 2 } as const;

const atPrecisionOf = (day: string, like: PartialDate): string =>
  like.precision === 'year' ? day.slice(0, 4) : like.precision === 'month' ? day.slice(0, 7) : day;
/** Where a date begins, at the precision of `like` (by default its own; a week's is a day): 2023 at a day's is `2023-01-01`. */
const fromEdtf = (date: PartialDate, like = date): string => atPrecisionOf(isoDay(date.start), like);
/** Where a date ends, at the precision of `like` (by default its own; a week's is a day): 2023 at a day's is `2023-12-31`. */
const toEdtf = (date: PartialDate, like = date): string => atPrecisionOf(isoDay(date.end - DAY), like);

export const formatDateEdtf = (date: PartialDate): string => (date.precision === 'week' ? `${fromEdtf(date)}/${toEdtf(date)}` : date.iso);

/**
 * A date known only by bounds, in EDTF: `[2018-10-01..2019-11-29]` some time between, `[..2016-12]` on or before,
 * `[2023-09-08..]` on or after. Both bounds are written at the finer precision of the two, which says the same
 * (October 2018 begins on its first day), since EDTF gives a set's range one precision. Undefined without a bound.
 */
export function formatBoundsEdtf(earliest?: PartialDate, latest?: PartialDate): string | undefined {
  const like = earliest && latest ? (FINENESS[earliest.precision] >= FINENESS[latest.precision] ? earliest : latest) : (earliest ?? latest);
  if (!like) return undefined;
  return `[${earliest ? fromEdtf(earliest, like) : ''}..${latest ? toEdtf(latest, like) : ''}]`;
}

/** A span in EDTF: one date, or `START/END` from the first day of its start to the last of its end. */
export const formatSpanEdtf = (span: DateSpan): string =>
  span.end ? `${fromEdtf(span.start)}/${toEdtf(span.end)}` : formatDateEdtf(span.start);

/**
 * The event's date in EDTF, as precise as its sources support: `2019-11-22`, `1910/1945`, `2018-10/..` (still
 * going on), `[2018-10-01..2019-11-29]` (some time between), `[..2016-12]` (on or before).
 */
export function formatEventEdtf(
  event: Pick<TimelineEvent, 'start' | 'end'> & Partial<Pick<TimelineEvent, 'earliest' | 'latest' | 'ongoing'>>,
): string {
  const bounds = formatBoundsEdtf(event.earliest?.date, event.latest?.date);
  if (bounds) return bounds;
  if (event.ongoing) return `${fromEdtf(event.start)}/${OPEN_END}`;
  return formatSpanEdtf(event.end ? { start: event.start, end: event.end } : { start: event.start });
}

export interface EdtfBounds {
  readonly earliest?: PartialDate;
  readonly latest?: PartialDate;
}

const ONE_OF = /^\[([^.[\]]*)\.\.([^.[\]]*)\]$/;

/** True when the text is written in the dataset's bounds notation (`[A..B]`, `[..B]`, `[A..]`), well formed or not. */
export const looksLikeBounds = (text: string): boolean => text.startsWith('[');

/**
 * Reads the dataset's bounds notation (EDTF-like, each bound at its own precision): `[A..B]`, `[..B]` or `[A..]`
 * where A and B are dates the dataset allows (`YYYY`, `YYYY-MM`, `YYYY-Www`,
 * `YYYY-MM-DD`); undefined if the form is wrong, a date is not real, or neither bound is given.
 */
export function parseEdtfBounds(text: string): EdtfBounds | undefined {
  const match = ONE_OF.exec(text);
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return undefined;
  const earliest = first === '' ? undefined : parsePartialDate(first);
  const latest = last === '' ? undefined : parsePartialDate(last);
  if ((first !== '' && !earliest) || (last !== '' && !latest)) return undefined;
  return { ...(earliest && { earliest }), ...(latest && { latest }) };
}
