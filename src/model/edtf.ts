import { DAY } from './duration';
import { type DateSpan, type PartialDate, isoDay } from './partialDate';

/**
 * Dates in the Extended Date/Time Format (EDTF, ISO 8601-2), the form citation managers and archives read:
 * a year `1965`, a month `2018-10`, a day `2019-11-22`, a period `1910/1945`. EDTF has no week: a week is
 * written as the interval of its days, Monday to Sunday (`2019-12-02/2019-12-08`), which says the same.
 */
/** Where a date begins, in EDTF: itself, or a week's Monday. */
const fromEdtf = (date: PartialDate): string => (date.precision === 'week' ? isoDay(date.start) : date.iso);
/** Where a date ends, in EDTF: itself, or a week's Sunday. */
const toEdtf = (date: PartialDate): string => (date.precision === 'week' ? isoDay(date.end - DAY) : date.iso);

export const formatDateEdtf = (date: PartialDate): string =>
  date.precision === 'week' ? `${fromEdtf(date)}/${toEdtf(date)}` : date.iso;

/** A span in EDTF: one date, or `START/END` from the first day of its start to the last of its end. */
export const formatSpanEdtf = (span: DateSpan): string =>
  span.end ? `${fromEdtf(span.start)}/${toEdtf(span.end)}` : formatDateEdtf(span.start);

/** The event's date in EDTF, as precise as its sources support. */
export const formatEventEdtf = (event: { readonly start: PartialDate; readonly end?: PartialDate }): string =>
  formatSpanEdtf(event.end ? { start: event.start, end: event.end } : { start: event.start });
