import { DAY } from './duration';
import { type DateSpan, type PartialDate, isoDay, parsePartialDate } from './partialDate';
import type { TimelineEvent } from './types';

/**
 * Dates in the Extended Date/Time Format (EDTF, ISO 8601-2), the form citation managers and archives read:
 * a year `1965`, a month `2018-10`, a day `2019-11-22`, a period `1910/1945`. EDTF has no week: a week is
 * written as the interval of its days, Monday to Sunday (`2019-12-02/2019-12-08`), which says the same.
 * Dates known only by bounds are written as "one of a set": `[2018-10..2019-11-29]` some time between,
 * `[..2016-12]` on or before, `[2023-09-08..]` on or after; a period still going on has an open end, `2018-10/..`.
 * Read and written without a library, so that the page carries none.
 */

/** The end of a period still going on when reported, as EDTF writes an open end. */
export const OPEN_END = '..';

/** Where a date begins, in EDTF: itself, or a week's Monday. */
const fromEdtf = (date: PartialDate): string => (date.precision === 'week' ? isoDay(date.start) : date.iso);
/** Where a date ends, in EDTF: itself, or a week's Sunday. */
const toEdtf = (date: PartialDate): string => (date.precision === 'week' ? isoDay(date.end - DAY) : date.iso);

export const formatDateEdtf = (date: PartialDate): string => (date.precision === 'week' ? `${fromEdtf(date)}/${toEdtf(date)}` : date.iso);

/** A span in EDTF: one date, or `START/END` from the first day of its start to the last of its end. */
export const formatSpanEdtf = (span: DateSpan): string =>
  span.end ? `${fromEdtf(span.start)}/${toEdtf(span.end)}` : formatDateEdtf(span.start);

/**
 * The event's date in EDTF, as precise as its sources support: `2019-11-22`, `1910/1945`, `2018-10/..` (still
 * going on), `[2018-10..2019-11-29]` (some time between), `[..2016-12]` (on or before).
 */
export function formatEventEdtf(
  event: Pick<TimelineEvent, 'start' | 'end'> & Partial<Pick<TimelineEvent, 'earliest' | 'latest' | 'ongoing'>>,
): string {
  if (event.earliest || event.latest) {
    return `[${event.earliest ? fromEdtf(event.earliest.date) : ''}..${event.latest ? toEdtf(event.latest.date) : ''}]`;
  }
  if (event.ongoing) return `${fromEdtf(event.start)}/${OPEN_END}`;
  return formatSpanEdtf(event.end ? { start: event.start, end: event.end } : { start: event.start });
}

export interface EdtfBounds {
  readonly earliest?: PartialDate;
  readonly latest?: PartialDate;
}

const ONE_OF = /^\[([^.[\]]*)\.\.([^.[\]]*)\]$/;

/** True when the text is written as EDTF bounds (`[A..B]`, `[..B]`, `[A..]`), well formed or not. */
export const looksLikeBounds = (text: string): boolean => text.startsWith('[');

/**
 * Reads `[A..B]`, `[..B]` or `[A..]` where A and B are dates the dataset allows (`YYYY`, `YYYY-MM`, `YYYY-Www`,
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
