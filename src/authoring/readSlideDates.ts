import { type PartialDate, parsePartialDate } from '../model/partialDate';
import { type NoticeReason, type Said, said } from '../model/importReasons';
import type { DateCells } from './slideRecord';

/** A slide's dates in the dataset's notation, at the precision its filled cells give. */
export interface SlideDates {
  readonly start: PartialDate;
  readonly end?: PartialDate;
  /** What the cells held that a date of the dataset cannot: a time of day, an end that is the start. */
  readonly lost: readonly Said<NoticeReason>[];
}

/** Numbers as TimelineJS reads them: a spreadsheet may write 1,969 or 1 969. */
const cleanNumber = (cell: string): string => cell.replace(/[\s,]+/g, '');

const pad = (digits: string, width: number): string => digits.padStart(width, '0');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from the filled cells, or what makes them no date. */
type DateError = { readonly error: Said<NoticeReason> };
const error = (reason: NoticeReason, message: string): DateError => ({ error: said(reason, message) });

function readDate(cells: DateCells, what: 'start' | 'end'): PartialDate | DateError | undefined {
  const [year, month, day] = [cleanNumber(cells.year), cleanNumber(cells.month), cleanNumber(cells.day)];
  if (year === '') {
    if (what === 'end' && month === '' && day === '') return undefined;
    return what === 'start' ? error('no-year', 'it has no year') : error('end-without-year', 'its end has a month or day but no year');
  }
  const of = what === 'start' ? '' : 'end ';
  if (!/^\d{1,4}$/.test(year) || Number(year) === 0) return error('not-a-year', `${of}year "${cells.year}" is not a year from 1 to 9999`);
  if (month === '' && day !== '') return error('day-without-month', `its ${of}day ${day} has no month`);
  if (month !== '' && !(/^\d{1,2}$/.test(month) && Number(month) >= 1 && Number(month) <= 12)) {
    return error('not-a-month', `${of}month "${cells.month}" is not a month (1 to 12)`);
  }
  if (day !== '' && !/^\d{1,2}$/.test(day)) return error('not-a-day', `${of}day "${cells.day}" is not a day of the month`);
  const iso = [pad(year, 4), ...(month === '' ? [] : [pad(month, 2)]), ...(day === '' ? [] : [pad(day, 2)])].join('-');
  return parsePartialDate(iso) ?? error('not-a-real-date', `${iso} is not a real date`);
}

/**
 * Reads a slide's start and end at the precision of the cells filled: a year alone is `YYYY`, with a month
 * `YYYY-MM`, with a day `YYYY-MM-DD`. An impossible date (month 13, 31 February, no year) or an end before the
 * start is an error, and the slide is skipped for it.
 */
export function readSlideDates(start: DateCells, end: DateCells): SlideDates | DateError {
  const from = readDate(start, 'start');
  if (!from || 'error' in from) return from ?? error('no-year', 'it has no year');
  const to = readDate(end, 'end');
  if (to && 'error' in to) return to;
  const lost = [start.time, end.time].filter((t) => t !== '').map((t) => said('time-of-day', `the time of day "${t}"`));
  if (!to) return { start: from, lost };
  if (to.start < from.start) return error('ends-before-starts', `it ends (${to.iso}) before it starts (${from.iso})`);
  // An end on the start's own first day says no more than the start: the dataset has no zero-length periods.
  if (to.start === from.start)
    return { start: from, lost: [...lost, said('end-is-start', `the end date ${to.iso}, which is the start's own date`)] };
  return { start: from, end: to, lost };
}
