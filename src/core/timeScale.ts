import { FULL_RANGE, MIN_SPAN, type ViewWindow, spanOf } from './viewWindow';

/**
 * The mapping between a time window and screen pixels, and between a window and the zoom's transform.
 * The base scale maps the full range onto the width; a transform {k, x} then shows
 * `screen = k * base(t) + x`. The store keeps the window; the transform is derived from it.
 */
export interface Transform {
  readonly k: number;
  readonly x: number;
}

/** The x, in px from the left edge, of time `t` on a screen `width` px wide showing `view`. */
export const timeToX = (view: ViewWindow, width: number, t: number): number => ((t - view.start) / spanOf(view)) * width;

/** The transform that shows `view` on a screen `width` px wide. */
export function transformForWindow(view: ViewWindow, width: number, range: ViewWindow = FULL_RANGE): Transform {
  const k = spanOf(range) / spanOf(view);
  return { k, x: -((view.start - range.start) / spanOf(range)) * width * k };
}

/** The window that a transform shows on a screen `width` px wide. */
export function windowForTransform(transform: Transform, width: number, range: ViewWindow = FULL_RANGE): ViewWindow {
  const msPerPx = spanOf(range) / (width * transform.k);
  const start = range.start - transform.x * msPerPx;
  return { start, end: start + width * msPerPx };
}

/** The zoom's scale extent: from the full range down to the narrowest window. */
export const scaleExtent = (range: ViewWindow = FULL_RANGE): [number, number] => [1, spanOf(range) / MIN_SPAN];
