import { dayMonthYearWords as dayMonthYear, monthYearWords as monthYear, yearWords as year } from './calendarWords';
import type { DateSpan, PartialDate } from './partialDate';

/** A date in words, claiming no more than its precision: "2016", "October 2018", "the week of 16 December 2019". */
export function describeDate(date: PartialDate): string {
  const first = new Date(date.start);
  switch (date.precision) {
    case 'year':
      return year(first);
    case 'month':
      return monthYear(first);
    case 'week':
      return `the week of ${dayMonthYear(first)}`;
    case 'day':
      return dayMonthYear(first);
  }
}

/** A span in words: "1910 – 1945", or a single date. */
export function describeSpan(span: DateSpan): string {
  return span.end ? `${describeDate(span.start)} – ${describeDate(span.end)}` : describeDate(span.start);
}

/** The precision of a date in a few words, for readers and screen readers. */
export const PRECISION_WORDS: Readonly<Record<PartialDate['precision'], string>> = {
  year: 'known to the year',
  month: 'known to the month',
  week: 'known to the week',
  day: 'known to the day',
};
