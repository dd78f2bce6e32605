import { type ViewWindow, centreOf, spanOf } from '../core/viewWindow';
import { type PartialDate, type Precision, partialDateAt } from '../model/partialDate';
import type { Language } from '../i18n/languages';
import type { TimelineEvent } from '../model/types';
import { sameView, viewSlack, windowForParams } from './permalinkWindow';
import { PARAM_LIST, SPAN_UNITS, type SpanUnit, type ViewParams } from './paramTable';

/** What a permalink records: the visible window, the selected event, and the language asked for, if one was. */
export interface LinkState {
  readonly view: ViewWindow;
  readonly selected: TimelineEvent | null;
  readonly lang?: Language | null;
  /** The search, kept in the link so that a search can be shared ('' for none). */
  readonly query?: string;
}

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];
const UNITS: readonly SpanUnit[] = ['y', 'm', 'd'];

/** The coarsest option within `slack` of the target, else the last (the finest). */
function coarsest<T>(options: readonly T[], error: (option: T) => number, slack: number): T {
  const last = options[options.length - 1];
  if (last === undefined) throw new RangeError('no options');
  return options.find((o) => error(o) <= slack) ?? last;
}

/** The date (year, month or day) at the view's centre, as coarse as the zoom allows. */
function centreDate(view: ViewWindow): PartialDate {
  const centre = centreOf(view);
  const dates = PRECISIONS.map((precision) => partialDateAt(centre, precision));
  return coarsest(dates, (date) => Math.abs((date.start + date.end) / 2 - centre), viewSlack(view));
}

/**
 * The view's width in whole years, months or days, as coarse as the zoom allows; at least two of a
 * unit, so that a month's view reads `30d` (as people write it) rather than `1m`.
 */
function roundedSpan(view: ViewWindow): { count: number; unit: SpanUnit } {
  const span = spanOf(view);
  const options = UNITS.map((unit) => ({ count: Math.max(1, Math.round(span / SPAN_UNITS[unit])), unit }));
  const error = ({ count, unit }: { count: number; unit: SpanUnit }) =>
    count < 2 && unit !== 'd' ? Infinity : Math.abs(count * SPAN_UNITS[unit] - span);
  return coarsest(options, error, viewSlack(view));
}

/**
 * The shortest query string that reopens the view (`?date=2019-11-22&span=30d&event=gsomia-extension`),
 * or '' for the whole timeline with nothing selected. Tries, in order: nothing, the event alone, the date
 * alone, the date with a span; the first that gives the same view (see `sameView`) is written. So the
 * date has the precision the zoom calls for and the span is rounded to whole years, months or days.
 */
export function serialiseViewParams({ view, selected, lang, query }: LinkState): string {
  const event = selected ?? undefined;
  const withEvent = (params: ViewParams): ViewParams => (event ? { ...params, eventId: event.id } : params);
  const date = centreDate(view);
  const { count, unit } = roundedSpan(view);
  const full = withEvent({ date, span: count * SPAN_UNITS[unit] });
  const shorter = [withEvent({}), withEvent({ date })];
  const found = shorter.find((params) => sameView(view, windowForParams(params, event))) ?? full;
  const chosen: ViewParams = { ...found, ...(lang && { lang }), ...(query && { query }) };
  const written = new URLSearchParams();
  for (const [name, record] of PARAM_LIST) {
    const value = chosen[record.field];
    if (value !== undefined) written.set(name, record.write(value));
  }
  const text = written.toString();
  return text ? `?${text}` : '';
}
