import { type PartialDate, parsePartialDate } from '../model/partialDate';
import { FULL_RANGE } from '../core/viewWindow';
import { DAY } from '../model/duration';

/** What a deep link asks for, as far as it could be read. Every field is optional: a link may say nothing. */
export interface ViewParams {
  /** `date=`: the date to centre on (a year, a month, a week or a day). */
  readonly date?: PartialDate;
  /** `span=`: the width of the view in ms, as written (before the view's limits apply). */
  readonly span?: number;
  /** `event=`: an event id, not yet checked against the dataset. */
  readonly eventId?: string;
}

export type ParamName = 'date' | 'span' | 'event';

/** A value the link holds that cannot be used, said in words a reader understands. */
export interface ParamProblem {
  readonly param: ParamName;
  /** `repeated`: the parameter appears more than once (the first counts); `unusable`: its value cannot be used. */
  readonly kind: 'repeated' | 'unusable';
  /** What is wrong, e.g. `The date “banana” is not a date like 2019, 2019-11 or 2019-11-22.` */
  readonly message: string;
}

export interface ParsedViewParams {
  readonly params: ViewParams;
  readonly problems: readonly ParamProblem[];
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

function readDate(value: string): PartialDate | string {
  const date = parsePartialDate(value);
  if (!date) {
    return DATE_SHAPE.test(value)
      ? `The date ${quoteValue(value)} does not exist.`
      : `The date ${quoteValue(value)} is not a date like 2019, 2019-11 or 2019-11-22.`;
  }
  if (date.end <= FULL_RANGE.start || date.start >= FULL_RANGE.end) {
    return `The date ${quoteValue(value)} is outside the timeline, which runs from ${FIRST_YEAR} to ${LAST_YEAR}.`;
  }
  return date;
}

function readSpan(value: string): number | string {
  const m = SPAN.exec(value.toLowerCase());
  if (!m) return `The span ${quoteValue(value)} is not a width like 30d, 6m or 10y (days, months or years).`;
  const count = Number(m[1]);
  if (count === 0) return `The span ${quoteValue(value)} is not wider than nothing.`;
  return count * SPAN_UNITS[m[2] as SpanUnit];
}

/**
 * Reads `date`, `span` and `event` from a query string (`?date=2019-11&span=6m`). Pure and total: any
 * string gives a result, with a problem in words for every value that cannot be used. When a parameter
 * is repeated the first value counts. Other parameters are not ours (e.g. tracking tags added by the
 * sites a link passes through) and are ignored; empty values count as absent.
 */
export function parseViewParams(search: string): ParsedViewParams {
  // URLSearchParams never throws on a string: bad escapes stay as written, bad UTF-8 becomes U+FFFD.
  const query = new URLSearchParams(search);
  const problems: ParamProblem[] = [];
  const first = (param: ParamName): string | undefined => {
    const values = query.getAll(param).filter((v) => v !== '');
    const [value] = values;
    if (values.length > 1 && value !== undefined) {
      problems.push({ param, kind: 'repeated', message: `The link gives ${param} ${values.length} times; only the first, ${quoteValue(value)}, is used.` });
    }
    return value;
  };

  const params: { date?: PartialDate; span?: number; eventId?: string } = {};
  const dateText = first('date');
  if (dateText !== undefined) {
    const date = readDate(dateText);
    if (typeof date === 'string') problems.push({ param: 'date', kind: 'unusable', message: date });
    else params.date = date;
  }
  const spanText = first('span');
  if (spanText !== undefined) {
    const span = readSpan(spanText);
    if (typeof span === 'string') problems.push({ param: 'span', kind: 'unusable', message: span });
    else params.span = span;
  }
  const eventId = first('event');
  if (eventId !== undefined) params.eventId = eventId;
  return { params, problems };
}
