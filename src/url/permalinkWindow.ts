import { windowForDate, windowForEvent } from '../core/focusWindow';
import { FULL_RANGE, type ViewWindow, centreOf, spanOf, windowAround } from '../core/viewWindow';
import type { TimelineEvent } from '../model/types';
import type { ViewParams } from './paramTable';
import { DAY } from '../model/duration';

/**
 * How far a reopened view may differ from the view that was shared: its centre and its width each
 * within 3% of the width (about 40 px of a wide screen), or half a day, whichever is more, since a
 * link names whole days. Written links are rounded as coarsely as this allows, and no more.
 */
export const VIEW_TOLERANCE = 0.03;

export const viewSlack = (view: ViewWindow): number => Math.max(VIEW_TOLERANCE * spanOf(view), DAY / 2);

/** True when `reopened` shows the same view as `original`, in the sense of VIEW_TOLERANCE. */
export function sameView(original: ViewWindow, reopened: ViewWindow): boolean {
  const slack = viewSlack(original);
  return Math.abs(centreOf(reopened) - centreOf(original)) <= slack && Math.abs(spanOf(reopened) - spanOf(original)) <= slack;
}

/**
 * The window a link's parameters describe: the date at its own zoom (or `span`), else the linked event
 * (centred, at `span` or its own comfortable zoom), else the whole timeline. A span with nothing to
 * centre on is not used. The view's limits apply: no narrower than a few days, no wider than the range.
 */
export function windowForParams(params: ViewParams, event?: TimelineEvent): ViewWindow {
  if (params.date) return windowForDate(params.date, params.span);
  if (event) return params.span === undefined ? windowForEvent(event) : windowAround((event.t0 + event.t1) / 2, params.span);
  return FULL_RANGE;
}
