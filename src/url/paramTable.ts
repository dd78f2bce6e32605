import { FULL_RANGE } from '../core/viewWindow';
import { DAY } from '../model/duration';
import { type PartialDate, parsePartialDate } from '../model/partialDate';
import { type Language, isLanguage } from '../i18n/languages';

/**
 * The parameters of a permalink, one record each: how a value is read from the link and how it is written
 * back. The parser, the writer and the resolver (which says what could not be used, src/url/permalinkNotices.ts)
 * all go through this table, in its order; a new parameter is a new record here and a field in ViewParams.
 */

/** What a permalink asks for, as far as it could be read. Every field is optional: a link may say nothing. */
export interface ViewParams {
  /** `date=`: the date to centre on (a year, a month, a week or a day). */
  readonly date?: PartialDate;
  /** `span=`: the width of the view in ms, as written (before the view's limits apply). */
  readonly span?: number;
  /** `event=`: an event id, not yet checked against the dataset. */
  readonly eventId?: string;
  /** `lang=`: the language of the interface (English without it, or as the page's folder or the browser says). */
  readonly lang?: Language;
  /** `q=`: words to search for, as typed (at most QUERY_MAX_LENGTH characters are read). */
  readonly query?: string;
}

/** Why a value cannot be used: not in the parameter's form, not a real date, outside the range, zero, or too long to use whole. */
export type ParamProblem = 'shape' | 'missing' | 'outside' | 'zero' | 'long';

/** A value as read: usable, or why not (a value too long to use whole is used in part: `value` and `problem`). */
export type ReadResult<T> = { readonly value: T; readonly problem?: 'long' } | { readonly problem: ParamProblem };

interface ParamRecord<F extends keyof ViewParams> {
  /** The field of ViewParams that the parameter fills. */
  readonly field: F;
  /** Reads a value as the link writes it. */
  read(text: string): ReadResult<NonNullable<ViewParams[F]>>;
  /** Writes a value as the link holds it: `read(write(v))` gives `v` back. */
  write(value: NonNullable<ViewParams[F]>): string;
}

/** The average Gregorian year and month, so that `10y` and `6m` mean the same width wherever the view is. */
export const SPAN_UNITS = { d: DAY, m: (365.2425 / 12) * DAY, y: 365.2425 * DAY } as const;
export type SpanUnit = keyof typeof SPAN_UNITS;

// Up to nine digits: wide enough for any real view, and a width wider than the timeline shows all of it.
const SPAN = /^(\d{1,9})([dmy])$/;
const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/;
const QUOTE_LIMIT = 40;

/** A value from the link, fit to quote in a message: shortened if long, invisible characters made visible. */
export function quoteValue(value: string): string {
  const chars = Array.from(value.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '�'));
  return chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT - 1).join('')}…` : chars.join('');
}

export const FIRST_YEAR = new Date(FULL_RANGE.start).getUTCFullYear();
export const LAST_YEAR = new Date(FULL_RANGE.end - 1).getUTCFullYear();

function readDate(value: string): ReadResult<PartialDate> {
  const date = parsePartialDate(value);
  if (!date) return { problem: DATE_SHAPE.test(value) ? 'missing' : 'shape' };
  if (date.end <= FULL_RANGE.start || date.start >= FULL_RANGE.end) return { problem: 'outside' };
  return { value: date };
}

function readSpan(value: string): ReadResult<number> {
  const m = SPAN.exec(value.toLowerCase());
  if (!m) return { problem: 'shape' };
  const count = Number(m[1]);
  if (count === 0) return { problem: 'zero' };
  return { value: count * SPAN_UNITS[m[2] as SpanUnit] };
}

/** Years and months are written from two up (a month-wide view reads `30d`); days from one. */
const SPAN_WRITING: readonly { unit: SpanUnit; least: number }[] = [
  { unit: 'y', least: 2 },
  { unit: 'm', least: 2 },
  { unit: 'd', least: 1 },
];

/** A width as a whole number of the coarsest unit that holds it exactly (to the ms), else of days. */
export function writeSpan(span: number): string {
  for (const { unit, least } of SPAN_WRITING) {
    const count = Math.round(span / SPAN_UNITS[unit]);
    if (count >= least && Math.abs(count * SPAN_UNITS[unit] - span) < 1) return `${count}${unit}`;
  }
  return `${Math.max(1, Math.round(span / DAY))}d`;
}

const date: ParamRecord<'date'> = { field: 'date', read: readDate, write: (value) => value.iso };
const span: ParamRecord<'span'> = { field: 'span', read: readSpan, write: writeSpan };
const event: ParamRecord<'eventId'> = { field: 'eventId', read: (value) => ({ value }), write: (value) => value };
const lang: ParamRecord<'lang'> = {
  field: 'lang',
  read: (value) => (isLanguage(value) ? { value } : { problem: 'shape' }),
  write: (value) => value,
};

/** The longest search a permalink holds: a few words are a search; a pasted page is cut to its start. */
export const QUERY_MAX_LENGTH = 200;

const q: ParamRecord<'query'> = {
  field: 'query',
  read: (value) => {
    // Spaces alone search for nothing: no search, and nothing to say about it.
    const chars = Array.from(value.trim());
    return chars.length > QUERY_MAX_LENGTH
      ? { value: chars.slice(0, QUERY_MAX_LENGTH).join(''), problem: 'long' }
      : { value: chars.join('') };
  },
  write: (value) => value,
};

/** Every parameter a link may hold, by its name in the query string, in the order they are read and written. */
export const VIEW_PARAMS = { date, span, event, lang, q } as const;

export type ParamName = keyof typeof VIEW_PARAMS;

/** The table as a list, to walk in order: each record reads and writes its own field. */
export const PARAM_LIST = Object.entries(VIEW_PARAMS) as [ParamName, ParamRecord<keyof ViewParams>][];
