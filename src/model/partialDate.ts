import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { DAY } from './duration';

/**
 * A calendar date known only to some precision: a year, a month, a week or a day.
 *
 * Dates are calendar dates, not instants. They are held as UTC midnights so that every reader,
 * in any time zone, sees the same day; all arithmetic uses d3-time's UTC intervals.
 */
export type Precision = 'year' | 'month' | 'week' | 'day';

export interface PartialDate {
  readonly precision: Precision;
  /** As written in the data: `1910`, `2018-10`, `2019-W51`, `2019-11-22`. */
  readonly iso: string;
  /** UTC epoch ms of the first day covered. */
  readonly start: number;
  /** UTC epoch ms of the day after the last day covered (exclusive). */
  readonly end: number;
}

/** A single date, or a span from one date to another (`1910/1945`). */
export interface DateSpan {
  readonly start: PartialDate;
  readonly end?: PartialDate;
}

const YEAR_PATTERN = /^(\d{4})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Monday that starts ISO week 1 of `year` (the week holding 4 January). */
function isoWeekOneMonday(year: number): Date {
  return utcMonday.floor(new Date(Date.UTC(year, 0, 4)));
}

function make(precision: Precision, iso: string, first: Date, next: Date): PartialDate {
  return { precision, iso, start: first.getTime(), end: next.getTime() };
}

/**
 * Dates read so far, by their text (a dataset names the same dates over and over: at 10,000 events, reading them
 * afresh took a tenth of the validator's time). A date is immutable, so the same one can be handed out again;
 * null for a text that is no date. Emptied when it grows past READ_MAX, so it never holds more than that.
 */
const read = new Map<string, PartialDate | null>();
const READ_MAX = 50_000;

/** Reads `YYYY`, `YYYY-MM`, `YYYY-Www` or `YYYY-MM-DD`; undefined for anything else or an unreal date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  let date = read.get(text);
  if (date === undefined) {
    if (read.size >= READ_MAX) read.clear();
    date = readPartialDate(text) ?? null;
    read.set(text, date);
  }
  return date ?? undefined;
}

function readPartialDate(text: string): PartialDate | undefined {
  let m = YEAR_PATTERN.exec(text);
  if (m) {
    const first = utcYear.floor(new Date(Date.UTC(Number(m[1]), 0, 1)));
    // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
    first.setUTCFullYear(Number(m[1]));
    return make('year', text, first, utcYear.offset(first, 1));
  }
  m = MONTH_PATTERN.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    const first = new Date(Date.UTC(2000, month - 1, 1));
    first.setUTCFullYear(Number(m[1]));
    return make('month', text, first, utcMonth.offset(first, 1));
  }
  m = WEEK_PATTERN.exec(text);
  if (m) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    const first = utcDay.offset(isoWeekOneMonday(year), (week - 1) * 7);
    if (week < 1 || first >= isoWeekOneMonday(year + 1)) return undefined;
    return make('week', text, first, utcDay.offset(first, 7));
  }
  m = DAY_PATTERN.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const first = new Date(Date.UTC(2000, month - 1, day));
    first.setUTCFullYear(year);
    // Date.UTC rolls 31 February over into March; a real date survives the round trip.
    if (first.getUTCMonth() !== month - 1 || first.getUTCDate() !== day) return undefined;
    return make('day', text, first, utcDay.offset(first, 1));
  }
  return undefined;
}

/** Reads a span written `START/END` or a single date. */
export function parseDateSpan(text: string): DateSpan | undefined {
  const parts = text.split('/');
  if (parts.length > 2) return undefined;
  const start = parsePartialDate(parts[0] ?? '');
  if (!start) return undefined;
  if (parts.length === 1) return { start };
  const end = parsePartialDate(parts[1] ?? '');
  return end ? { start, end } : undefined;
}

export function formatDateSpan(span: DateSpan): string {
  return span.end ? `${span.start.iso}/${span.end.iso}` : span.start.iso;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a UTC midnight. */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The ISO week (`YYYY-Www`) that holds a UTC midnight. */
export function isoWeekOf(ms: number): string {
  const monday = utcMonday.floor(new Date(ms));
  // The ISO year of a week is the year of its Thursday.
  const year = utcDay.offset(monday, 3).getUTCFullYear();
  const week = Math.round((monday.getTime() - isoWeekOneMonday(year).getTime()) / (7 * DAY)) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/**
 * The date as the test hooks give it (`data-start`): at its own precision, and a week as its first day.
 */
export function hookDate(date: PartialDate): string {
  return date.precision === 'week' ? isoDay(date.start) : date.iso;
}

/** The partial date of the given precision that holds a UTC midnight. */
export function partialDateAt(ms: number, precision: Precision): PartialDate {
  const day = isoDay(ms);
  const iso = precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : precision === 'week' ? isoWeekOf(ms) : day;
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new RangeError(`No ${precision} holds ${day}`);
  return parsed;
}

/** The UTC interval a span covers: from its start's first day to the day after its end's last day. */
export function spanBounds(span: DateSpan): [number, number] {
  return [span.start.start, (span.end ?? span.start).end];
}

/** True when `inner` lies wholly within `outer`. */
export function spanWithin(inner: DateSpan, outer: DateSpan): boolean {
  const [a0, a1] = spanBounds(inner);
  const [b0, b1] = spanBounds(outer);
  return a0 >= b0 && a1 <= b1;
}

export function sameSpan(a: DateSpan, b: DateSpan): boolean {
  return formatDateSpan(a) === formatDateSpan(b);
}
