import { FULL_RANGE } from '../core/viewWindow';
import { DAY } from '../model/duration';
import { type PartialDate, parsePartialDate } from '../model/partialDate';
import type { TimelineEvent } from '../model/types';

/**
 * The parameters of a deep link, one record each: how a value is read from the link, how it is written
 * back, and what the reader is told when it cannot be used. The parser, the writer and the link resolver
 * all go through this table, in its order; a new parameter is a new record here and a field in ViewParams.
 */

/** What a deep link asks for, as far as it could be read. Every field is optional: a link may say nothing. */
export interface ViewParams {
  /** `date=`: the date to centre on (a year, a month, a week or a day). */
  readonly date?: PartialDate;
  /** `span=`: the width of the view in ms, as written (before the view's limits apply). */
  readonly span?: number;
  /** `event=`: an event id, not yet checked against the dataset. */
  readonly eventId?: string;
}

/** What a notice about a link may draw on: what the link asks for, its event if known, and what is shown. */
export interface PermalinkContext {
  readonly params: ViewParams;
  readonly event: TimelineEvent | undefined;
  /** What the view shows in words: "1965", "the event “…”", "the whole timeline". */
  readonly shown: string;
}

/** A value as read: usable, or what is wrong with it in words a reader understands. */
export type ReadResult<T> = { readonly value: T } | { readonly problem: string };

interface ParamRecord<F extends keyof ViewParams> {
  /** The field of ViewParams that the parameter fills. */
  readonly field: F;
  /** Reads a value as the link writes it. */
  read(text: string): ReadResult<NonNullable<ViewParams[F]>>;
  /** Writes a value as the link holds it: `read(write(v))` gives `v` back. */
  write(value: NonNullable<ViewParams[F]>): string;
  /** Added to the notice about a value that cannot be read: what is shown instead (may be ''). */
  instead(link: PermalinkContext): string;
  /** The notice for a value that reads well but names nothing in the dataset, if it does. */
  unknown?(link: PermalinkContext): string | undefined;
}

/** The average Gregorian year and month, so that `10y` and `6m` mean the same width wherever the view is. */
export const SPAN_UNITS = { d: DAY, m: (365.2425 / 12) * DAY, y: 365.2425 * DAY } as const;
export type SpanUnit = keyof typeof SPAN_UNITS;

// Up to nine digits: wide enough for any real view, and a width wider than the timeline shows all of it.
const SPAN = /^(\d{1,9})([dmy])$/;
const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/;
const QUOTE_LIMIT = 40;

/** A value from the link, quoted for a message: shortened if long, invisible characters made visible. */
export function quoteValue(value: string): string {
  const chars = Array.from(value.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '�'));
  const shown = chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT - 1).join('')}…` : chars.join('');
  return `“${shown}”`;
}

const FIRST_YEAR = new Date(FULL_RANGE.start).getUTCFullYear();
const LAST_YEAR = new Date(FULL_RANGE.end - 1).getUTCFullYear();

function readDate(value: string): ReadResult<PartialDate> {
  const date = parsePartialDate(value);
  if (!date) {
    return DATE_SHAPE.test(value)
      ? { problem: `The date ${quoteValue(value)} does not exist.` }
      : { problem: `The date ${quoteValue(value)} is not a date like 2019, 2019-11 or 2019-11-22.` };
  }
  if (date.end <= FULL_RANGE.start || date.start >= FULL_RANGE.end) {
    return { problem: `The date ${quoteValue(value)} is outside the timeline, which runs from ${FIRST_YEAR} to ${LAST_YEAR}.` };
  }
  return { value: date };
}

function readSpan(value: string): ReadResult<number> {
  const m = SPAN.exec(value.toLowerCase());
  if (!m) return { problem: `The span ${quoteValue(value)} is not a width like 30d, 6m or 10y (days, months or years).` };
  const count = Number(m[1]);
  if (count === 0) return { problem: `The span ${quoteValue(value)} is not wider than nothing.` };
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

const date: ParamRecord<'date'> = {
  field: 'date',
  read: readDate,
  write: (value) => value.iso,
  instead: ({ shown }) => ` Showing ${shown} instead.`,
};

const span: ParamRecord<'span'> = {
  field: 'span',
  read: readSpan,
  write: writeSpan,
  instead: ({ params, event, shown }) =>
    params.date || event ? ` Showing ${shown} at its usual width instead.` : ' Showing the whole timeline instead.',
};

const event: ParamRecord<'eventId'> = {
  field: 'eventId',
  read: (value) => ({ value }),
  write: (value) => value,
  instead: () => '',
  unknown: ({ params, event }) =>
    params.eventId !== undefined && !event
      ? `There is no event ${quoteValue(params.eventId)} in this timeline, so none is selected.`
      : undefined,
};

/** Every parameter a link may hold, by its name in the query string, in the order they are read and written. */
export const VIEW_PARAMS = { date, span, event } as const;

export type ParamName = keyof typeof VIEW_PARAMS;

/** The table as a list, to walk in order: each record reads and writes its own field. */
export const PARAM_LIST = Object.entries(VIEW_PARAMS) as [ParamName, ParamRecord<keyof ViewParams>][];
