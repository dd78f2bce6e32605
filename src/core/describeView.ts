import { utcDay, utcMonth, utcYear } from 'd3-time';
import { dayMonthYearWords as dayMonthYear, monthYearWords as monthYear } from '../model/calendarWords';
import { type ViewWindow, spanOf } from './viewWindow';
import { DAY } from '../model/duration';

/**
 * What a window shows, in words, for the live region: "1960 to 1970, 1 event". The ends are rounded to
 * the unit a reader would use at that zoom: years, months or days.
 */
export function describeView(view: ViewWindow, eventCount: number): string {
  const span = spanOf(view);
  const from = new Date(view.start);
  const to = new Date(view.end);
  let range: string;
  if (span >= 3 * 365 * DAY) range = `${utcYear.round(from).getUTCFullYear()} to ${utcYear.round(to).getUTCFullYear()}`;
  else if (span >= 90 * DAY) range = `${monthYear(utcMonth.round(from))} to ${monthYear(utcMonth.offset(utcMonth.round(to), -1))}`;
  else range = `${dayMonthYear(utcDay.round(from))} to ${dayMonthYear(utcDay.offset(utcDay.round(to), -1))}`;
  return `${range}, ${eventCount === 1 ? '1 event' : `${eventCount.toLocaleString('en')} events`}`;
}
