import { utcDay, utcMonday, utcMonth } from 'd3-time';
import { type DateSpan, type PartialDate, parsePartialDate, partialDateAt } from './partialDate';

/**
 * Resolves the date words of a news article ("last Friday", "October last year", "the third week in
 * December") against the article's publication date, at the precision the words support.
 *
 * The conventions, chosen to match how wire copy uses these words:
 * - a bare weekday ("Friday", "on Thursday") is the latest such day on or before the reference date;
 * - "last Friday" is the Friday of the week before the reference date's week (weeks start on Monday);
 * - a bare month ("in July") is the latest such month on or before the reference month;
 * - "the Nth week in December" is the week that starts on December's Nth Monday, in the next December
 *   on or after the reference month;
 * - "the following week" and "next week" are the week after the reference date's week;
 * - "in seven years" (as in "the first … in seven years") counts back whole years from the reference
 *   year, to a year; "more than three years" gives only a bound, not a date, and is not resolved;
 * - absolute years and months ("2018", "November 2016", "1910-45", "since 2016") are read as written.
 *
 * Returns undefined for words it does not know, or a reference that is not a day.
 */
export function resolveRelativeDate(words: string, reference: string): DateSpan | undefined {
  const ref = parsePartialDate(reference);
  if (!ref || ref.precision !== 'day') return undefined;
  const text = words
    .trim()
    .toLowerCase()
    .replace(/^(on|in|since|during|by)\s+/, '');
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match) return rule.resolve(match, ref);
  }
  return undefined;
}

interface Rule {
  readonly pattern: RegExp;
  readonly resolve: (match: RegExpExecArray, ref: PartialDate) => DateSpan | undefined;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

const weekday = `(${WEEKDAYS.join('|')})`;
const month = `(${MONTHS.join('|')})`;
const count = `(\\d+|${NUMBERS.join('|')})`;

function countOf(word: string): number {
  const n = NUMBERS.indexOf(word);
  return n >= 0 ? n : Number(word);
}

const at = (ms: number, precision: PartialDate['precision']): DateSpan => ({ start: partialDateAt(ms, precision) });
const refDate = (ref: PartialDate) => new Date(ref.start);
const yearOf = (ref: PartialDate) => refDate(ref).getUTCFullYear();
const single = (iso: string): DateSpan | undefined => {
  const start = parsePartialDate(iso);
  return start ? { start } : undefined;
};
const monthIso = (year: number, monthIndex: number) => `${String(year).padStart(4, '0')}-${String(monthIndex + 1).padStart(2, '0')}`;

const RULES: readonly Rule[] = [
  {
    // "Friday", "Thursday": the latest such day on or before the reference.
    pattern: new RegExp(`^${weekday}$`),
    resolve: ([, day = ''], ref) => {
      const back = (refDate(ref).getUTCDay() - WEEKDAYS.indexOf(day) + 7) % 7;
      return at(utcDay.offset(refDate(ref), -back).getTime(), 'day');
    },
  },
  {
    // "last Friday": that day in the week before the reference's week.
    pattern: new RegExp(`^last ${weekday}$`),
    resolve: ([, day = ''], ref) => {
      const previousMonday = utcMonday.offset(utcMonday.floor(refDate(ref)), -1);
      const fromMonday = (WEEKDAYS.indexOf(day) + 6) % 7;
      return at(utcDay.offset(previousMonday, fromMonday).getTime(), 'day');
    },
  },
  {
    pattern: /^(the following week|next week)$/,
    resolve: (_, ref) => at(utcMonday.offset(utcMonday.floor(refDate(ref)), 1).getTime(), 'week'),
  },
  {
    pattern: /^(last week|the previous week)$/,
    resolve: (_, ref) => at(utcMonday.offset(utcMonday.floor(refDate(ref)), -1).getTime(), 'week'),
  },
  {
    pattern: /^next month$/,
    resolve: (_, ref) => at(utcMonth.offset(utcMonth.floor(refDate(ref)), 1).getTime(), 'month'),
  },
  {
    pattern: /^last month$/,
    resolve: (_, ref) => at(utcMonth.offset(utcMonth.floor(refDate(ref)), -1).getTime(), 'month'),
  },
  {
    pattern: /^(the end of )?this year$/,
    resolve: (_, ref) => single(String(yearOf(ref))),
  },
  {
    pattern: /^last year$/,
    resolve: (_, ref) => single(String(yearOf(ref) - 1)),
  },
  {
    pattern: /^next year$/,
    resolve: (_, ref) => single(String(yearOf(ref) + 1)),
  },
  {
    // "October last year"
    pattern: new RegExp(`^${month} last year$`),
    resolve: ([, name = ''], ref) => single(monthIso(yearOf(ref) - 1, MONTHS.indexOf(name))),
  },
  {
    // "July", "in June": the latest such month on or before the reference month.
    pattern: new RegExp(`^${month}$`),
    resolve: ([, name = ''], ref) => {
      const index = MONTHS.indexOf(name);
      const year = index <= refDate(ref).getUTCMonth() ? yearOf(ref) : yearOf(ref) - 1;
      return single(monthIso(year, index));
    },
  },
  {
    // "the third week in December": the week that starts on that month's third Monday.
    pattern: new RegExp(`^the (${ORDINALS.join('|')}) week (?:in|of) ${month}$`),
    resolve: ([, ordinal = '', name = ''], ref) => {
      const index = MONTHS.indexOf(name);
      const year = index >= refDate(ref).getUTCMonth() ? yearOf(ref) : yearOf(ref) + 1;
      const firstOfMonth = new Date(Date.UTC(year, index, 1));
      const firstMonday = utcMonday.ceil(firstOfMonth);
      const monday = utcMonday.offset(firstMonday, ORDINALS.indexOf(ordinal));
      return monday.getUTCMonth() === index ? at(monday.getTime(), 'week') : undefined;
    },
  },
  {
    // "in seven years" (as in "the first … in seven years"): whole years back from the reference year.
    pattern: new RegExp(`^${count} years?$`),
    resolve: ([, n = ''], ref) => single(String(yearOf(ref) - countOf(n))),
  },
  {
    // "November 2016"
    pattern: new RegExp(`^${month},? (\\d{4})$`),
    resolve: ([, name = '', year = '']) => single(monthIso(Number(year), MONTHS.indexOf(name))),
  },
  {
    // "2018", "1910-1945", "1910-45"
    pattern: /^(\d{4})(?:\s*[-–]\s*(\d{2}|\d{4}))?$/,
    resolve: ([, from = '', to]) => {
      const start = parsePartialDate(from);
      if (!start || to === undefined) return start && { start };
      const end = parsePartialDate(to.length === 2 ? from.slice(0, 2) + to : to);
      return end && end.start > start.start ? { start, end } : undefined;
    },
  },
];
