import type { PartialDate, Precision } from '../model/partialDate';
import type { TimelineEvent } from '../model/types';
import { type ViewWindow, centreOf, clampWindow, spanOf, windowAround } from './viewWindow';
import { DAY } from '../model/duration';

/** How wide a view shows a date at its precision: a year, a month, a few weeks around a week or a day. */
export const SPAN_FOR_PRECISION: Readonly<Record<Precision, number>> = {
  year: 366 * DAY,
  month: 31 * DAY,
  week: 28 * DAY,
  day: 21 * DAY,
};

/** The view that centres on a date, zoomed to its precision (`?date=2019-11`). */
export function windowForDate(date: PartialDate, span: number = SPAN_FOR_PRECISION[date.precision]): ViewWindow {
  return windowAround((date.start + date.end) / 2, span);
}

/** The view that shows an event comfortably: its precision's span, or the whole period with margins. */
export function windowForEvent(event: TimelineEvent): ViewWindow {
  const length = event.t1 - event.t0;
  const span = Math.max(SPAN_FOR_PRECISION[event.start.precision], length * 1.2);
  return windowAround((event.t0 + event.t1) / 2, span);
}

/**
 * The smallest move that brings an event into view: none if it is already there, else the same zoom
 * centred on the event, or a wider one if the event does not fit.
 */
export function revealEvent(view: ViewWindow, event: TimelineEvent): ViewWindow {
  const length = event.t1 - event.t0;
  const fits = length <= spanOf(view);
  if (fits && event.t0 >= view.start && event.t1 <= view.end) return view;
  if (!fits) return windowForEvent(event);
  return clampWindow({
    start: centreOf({ start: event.t0, end: event.t1 }) - spanOf(view) / 2,
    end: centreOf({ start: event.t0, end: event.t1 }) + spanOf(view) / 2,
  });
}

/** Share of a shown stretch of time left free either side of it, so its first and last marks sit clear of the edges. */
const SHOWING_MARGIN = 0.15;

/** A window that shows every start from `first` to `last` (at least a day), with a margin either side. */
export function windowShowing(first: number, last: number): ViewWindow {
  const end = Math.max(last + DAY, first + DAY);
  const margin = (end - first) * SHOWING_MARGIN;
  return { start: first - margin, end: end + margin };
}
