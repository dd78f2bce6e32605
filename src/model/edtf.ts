import { type PartialDate, isoDay, parsePartialDate } from './partialDate';
import type { TimelineEvent } from './types';

/**
 * The few forms of EDTF (ISO 8601-2, Library of Congress) the dataset writes, read and written without a
 * library so that the page carries none:
 * - `[2018-10..2019-11-29]`: one day, some time between two bounds; `[..2016-12]` on or before; `[2023-09-08..]` on or after;
 * - `2018-10/..`: a period from a date, with its end open (still going on when reported).
 */

/** The end of a period still going on when reported, as EDTF writes an open end. */
export const OPEN_END = '..';

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

/** A date as EDTF writes it; EDTF has no weeks, so a week is "one of its seven days". */
function edtfDate(date: PartialDate): string {
  return date.precision === 'week' ? `[${isoDay(date.start)}..${isoDay(date.end - 864e5)}]` : date.iso;
}

/** A bound inside `[..]`: a week as its first or last day, whichever keeps the bound as wide as the week. */
function edtfBound(date: PartialDate, side: 'earliest' | 'latest'): string {
  if (date.precision !== 'week') return date.iso;
  return side === 'earliest' ? isoDay(date.start) : isoDay(date.end - 864e5);
}

/**
 * The event's date in EDTF: `2019-11-22`, `1910/1945`, `2018-10/..` (still going on), `[2018-10..2019-11-29]`
 * (some time between), `[..2016-12]` (on or before), `[2019-12-02..2019-12-08]` (a week: one of its days).
 */
export function formatEventEdtf(event: Pick<TimelineEvent, 'start' | 'end' | 'earliest' | 'latest' | 'ongoing'>): string {
  if (event.earliest || event.latest) {
    const first = event.earliest ? edtfBound(event.earliest.date, 'earliest') : '';
    const last = event.latest ? edtfBound(event.latest.date, 'latest') : '';
    return `[${first}..${last}]`;
  }
  if (event.ongoing) return `${edtfBound(event.start, 'earliest')}/${OPEN_END}`;
  if (event.end) return `${edtfBound(event.start, 'earliest')}/${edtfBound(event.end, 'latest')}`;
  return edtfDate(event.start);
}
