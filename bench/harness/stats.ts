/** Small statistics for frame intervals and repeated runs. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p% of values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export interface FrameStats {
  readonly frames: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** Frames longer than one 60 Hz frame (16.7 ms) and than two (33 ms). */
  readonly over16: number;
  readonly over33: number;
  readonly longTasks: number;
  readonly longTaskMs: number;
}

/**
 * rAF timestamps in headless Chromium sit on the 60 Hz grid, give or take a rounding; a small tolerance
 * keeps a frame of 16.67 ms from counting as "over 16.7".
 */
const TOLERANCE = 0.1;

export function frameStats(frames: readonly number[], longTasks: readonly (readonly [number, number])[]): FrameStats {
  const intervals: number[] = [];
  for (let i = 1; i < frames.length; i++) intervals.push((frames[i] ?? 0) - (frames[i - 1] ?? 0));
  return {
    frames: intervals.length,
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    max: intervals.length ? Math.max(...intervals) : Number.NaN,
    over16: intervals.filter((d) => d > 16.7 + TOLERANCE).length,
    over33: intervals.filter((d) => d > 33 + TOLERANCE).length,
    longTasks: longTasks.length,
    longTaskMs: longTasks.reduce((sum, [, d]) => sum + d, 0),
  };
}
