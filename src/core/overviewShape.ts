import { FULL_RANGE, type ViewWindow, spanOf } from './viewWindow';
import type { TimeIndex } from './visibleRange';
import { DAY } from '../model/duration';

/** The overview's drawing space: a fixed viewBox the SVG stretches to any width. */
export const OVERVIEW_WIDTH = 1000;
export const OVERVIEW_HEIGHT = 32;
const COLUMNS = 500;
const PERIOD_ROW = 5;

/**
 * The overview strip's shapes for the whole range, computed once per dataset in O(n + columns): a
 * histogram of how many events start in each column (on a log scale, so one event still shows beside a
 * thousand), and a band at the top wherever a period is under way.
 */
export function overviewShape(index: TimeIndex, range: ViewWindow = FULL_RANGE): { starts: string; periods: string } {
  const starts = new Uint32Array(COLUMNS);
  const periodDelta = new Int32Array(COLUMNS + 1);
  const column = (t: number) => Math.min(COLUMNS - 1, Math.max(0, Math.floor(((t - range.start) / spanOf(range)) * COLUMNS)));
  for (let i = 0; i < index.t0.length; i++) {
    const t0 = index.t0[i] ?? 0;
    const t1 = index.t1[i] ?? 0;
    const c0 = column(t0);
    const c0Count = starts[c0] ?? 0;
    starts[c0] = c0Count + 1;
    if (t1 - t0 > 366 * DAY) {
      periodDelta[c0] = (periodDelta[c0] ?? 0) + 1;
      const c1 = column(t1 - 1) + 1;
      periodDelta[c1] = (periodDelta[c1] ?? 0) - 1;
    }
  }
  const max = Math.max(1, ...starts);
  const step = OVERVIEW_WIDTH / COLUMNS;
  const usable = OVERVIEW_HEIGHT - PERIOD_ROW - 2;
  let startsPath = '';
  let periodsPath = '';
  let running = 0;
  for (let c = 0; c < COLUMNS; c++) {
    const count = starts[c] ?? 0;
    if (count > 0) {
      const h = Math.max(3, (Math.log1p(count) / Math.log1p(max)) * usable);
      startsPath += `M${c * step} ${OVERVIEW_HEIGHT}h${step}v${-h.toFixed(1)}h${-step}z`;
    }
    running += periodDelta[c] ?? 0;
    if (running > 0) periodsPath += `M${c * step} 0h${step}v${PERIOD_ROW}h${-step}z`;
  }
  return { starts: startsPath, periods: periodsPath };
}
