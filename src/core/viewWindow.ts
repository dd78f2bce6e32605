import { DAY } from '../model/duration';
import { TIMELINE } from '../model/timeline';

/**
 * The view is a time window, not pixels: `[start, end)` in UTC epoch ms. It survives resizes and fits in
 * a URL; the timeline derives its scale from it.
 */
export interface ViewWindow {
  readonly start: number;
  readonly end: number;
}

/** The whole range a reader can see, from the timeline's description (src/data/timeline.json). */
export const FULL_RANGE: ViewWindow = { start: Date.UTC(TIMELINE.range.fromYear, 0, 1), end: Date.UTC(TIMELINE.range.untilYear, 0, 1) };

/** The narrowest window: a few days, so that a single day is wide enough to read and click. */
export const MIN_SPAN = 3 * DAY;

export const spanOf = (w: ViewWindow): number => w.end - w.start;
export const centreOf = (w: ViewWindow): number => (w.start + w.end) / 2;

/**
 * Keeps a window within the limits: no narrower than MIN_SPAN, no wider than the full range, and never
 * panned off into emptiness.
 */
export function clampWindow(w: ViewWindow, range: ViewWindow = FULL_RANGE): ViewWindow {
  const span = Math.min(Math.max(spanOf(w), MIN_SPAN), spanOf(range));
  let start = centreOf(w) - span / 2;
  if (!Number.isFinite(start)) start = range.start;
  start = Math.min(Math.max(start, range.start), range.end - span);
  return { start, end: start + span };
}

/** A window of `span` ms centred on `centre`, within the limits. */
export const windowAround = (centre: number, span: number, range: ViewWindow = FULL_RANGE): ViewWindow =>
  clampWindow({ start: centre - span / 2, end: centre + span / 2 }, range);

export const sameWindow = (a: ViewWindow, b: ViewWindow): boolean => a.start === b.start && a.end === b.end;
