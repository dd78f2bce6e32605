import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { type PartialDate, type Precision, partialDateAt } from '../partialDate';
import type { Unit } from './said';
import { type Direction, SUPPORTED_YEARS } from './types';

/**
 * The calendar arithmetic of the finder's conventions, on UTC midnights (calendar days, not instants), so that
 * every time zone counts the same days. Weeks start on Monday, as ISO weeks do.
 */

/** The date of the given precision that holds the day, or undefined outside the supported years. */
export function dateAt(ms: number, precision: Precision): PartialDate | undefined {
  const year = new Date(ms).getUTCFullYear();
  return year >= SUPPORTED_YEARS.from && year < SUPPORTED_YEARS.until ? partialDateAt(ms, precision) : undefined;
}

/** UTC midnight of a calendar day; undefined when the day does not exist (31 February). */
export function dayMs(year: number, month: number, day: number): number | undefined {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.getTime() : undefined;
}

export const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
export const monthOf = (ms: number) => new Date(ms).getUTCMonth() + 1;
const mondayOf = (ms: number) => utcMonday.floor(new Date(ms));

/** The given weekday (0 = Sunday) of the week `weeks` weeks from the reference's week. */
export function weekdayOfWeek(ref: number, weeks: number, weekday: number): number {
  const monday = utcMonday.offset(mondayOf(ref), weeks);
  return utcDay.offset(monday, (weekday + 6) % 7).getTime();
}

/** The latest such weekday on or before the reference (past), or the first on or after it (future). */
export function nearestWeekday(ref: number, weekday: number, direction: Direction): number {
  const refWeekday = new Date(ref).getUTCDay();
  const days = direction === 'past' ? -((refWeekday - weekday + 7) % 7) : (weekday - refWeekday + 7) % 7;
  return utcDay.offset(new Date(ref), days).getTime();
}

/** The year of the latest such month on or before the reference's month (past), or the first on or after it. */
export function nearestMonthYear(ref: number, month: number, direction: Direction): number {
  const refMonth = monthOf(ref);
  if (direction === 'past') return month <= refMonth ? yearOf(ref) : yearOf(ref) - 1;
  return month >= refMonth ? yearOf(ref) : yearOf(ref) + 1;
}

/**
 * The latest day with that month and day on or before the reference (past), or the first on or after it;
 * looks a few years away so that 29 February finds a leap year.
 */
export function nearestDay(ref: number, month: number, day: number, direction: Direction): number | undefined {
  const step = direction === 'past' ? -1 : 1;
  for (let year = yearOf(ref), tries = 0; tries < 9; year += step, tries++) {
    const ms = dayMs(year, month, day);
    if (ms !== undefined && (direction === 'past' ? ms <= ref : ms >= ref)) return ms;
  }
  return undefined;
}

/** The Monday that starts the nth week of a month (the week of its nth Monday); undefined if the month has none. */
export function nthWeekMonday(year: number, month: number, nth: number): number | undefined {
  const first = dayMs(year, month, 1);
  if (first === undefined) return undefined;
  const monday = utcMonday.offset(utcMonday.ceil(new Date(first)), nth - 1);
  return monday.getUTCMonth() === month - 1 ? monday.getTime() : undefined;
}

/** The day `count` whole units from the reference (negative: back), a month's day kept within the month. */
export function shiftDay(ref: number, unit: Unit, count: number): number {
  if (unit === 'day') return utcDay.offset(new Date(ref), count).getTime();
  if (unit === 'week') return utcDay.offset(new Date(ref), 7 * count).getTime();
  const date = new Date(ref);
  const months = (unit === 'year' ? 12 : 1) * count + date.getUTCMonth();
  const year = date.getUTCFullYear() + Math.floor(months / 12);
  const month = (((months % 12) + 12) % 12) + 1;
  const day = Math.min(date.getUTCDate(), 28);
  // The month's own day if it has it (31 March back one month is 28 or 29 February).
  for (let last = date.getUTCDate(); last > day; last--) {
    const ms = dayMs(year, month, last);
    if (ms !== undefined) return ms;
  }
  return dayMs(year, month, day) ?? ref;
}

const INTERVALS = { week: utcMonday, month: utcMonth, year: utcYear } as const;

/** The first day of the week, month or year that holds the reference. */
export const startOfUnit = (ref: number, unit: Exclude<Unit, 'day'>): number => INTERVALS[unit].floor(new Date(ref)).getTime();

/** The last day of the week, month or year that holds the reference. */
export const lastDayOfUnit = (ref: number, unit: Exclude<Unit, 'day'>): number =>
  utcDay.offset(INTERVALS[unit].offset(INTERVALS[unit].floor(new Date(ref)), 1), -1).getTime();

/** The first day of the unit `offset` units from the reference's (last week: −1). */
export const unitFromReference = (ref: number, unit: Unit, offset: number): number =>
  unit === 'day'
    ? utcDay.offset(new Date(ref), offset).getTime()
    : INTERVALS[unit].offset(INTERVALS[unit].floor(new Date(ref)), offset).getTime();
