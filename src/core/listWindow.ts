/**
 * Which rows of a long list to render: those in the scrolled viewport, with a margin either side, from
 * an estimated row height. Pure arithmetic; the list measures and scrolls.
 */

/** Rows rendered beyond each edge of the viewport, so a fast scroll or an arrow key finds them ready. */
export const OVERSCAN_ROWS = 8;

export interface ListViewport {
  /** How far the viewport's top is below the list's top, px (0 when the list starts below it). */
  readonly top: number;
  readonly height: number;
}

/** The rows [from, to) that cover the viewport, plus the margin, for `count` rows of `rowHeight` px. */
export function rowsInViewport(count: number, viewport: ListViewport, rowHeight: number, overscan = OVERSCAN_ROWS): [number, number] {
  if (count === 0 || !(rowHeight > 0)) return [0, 0];
  const first = Math.floor(Math.max(0, viewport.top) / rowHeight);
  const last = Math.ceil((Math.max(0, viewport.top) + Math.max(0, viewport.height)) / rowHeight);
  const from = Math.min(Math.max(0, first - overscan), count - 1);
  const to = Math.max(Math.min(count, last + overscan), from + 1);
  return [from, to];
}

/** The viewport, `height` px high, that centres row `index` (as far as the list's start allows). */
export function viewportAround(index: number, height: number, rowHeight: number): ListViewport {
  return { top: Math.max(0, index * rowHeight - (height - rowHeight) / 2), height };
}

/**
 * The viewport moved up to where a list of `count` rows can scroll at most: a list shortened under its scroll
 * position (a search) is windowed where the browser will put it, not where it was.
 */
export function viewportWithin(viewport: ListViewport, count: number, rowHeight: number): ListViewport {
  return { top: Math.min(viewport.top, Math.max(0, count * rowHeight - viewport.height)), height: viewport.height };
}
