import type { Transform } from './timeScale';

/**
 * Steps of zoom and pan made by keys, buttons and gestures, as pure maths on the transform {k, x}. A step
 * starts from where the running animation is going (not where it has got to), so quick presses add up,
 * and every result is kept within the zoom's limits: the scale within `scales`, and the whole range
 * covering the screen (x between width·(1−k) and 0, for k ≥ 1).
 */
export function within(k: number, x: number, width: number, scales: readonly [number, number]): Transform {
  const scale = Math.min(scales[1], Math.max(scales[0], k));
  return { k: scale, x: Math.min(0, Math.max(width * (1 - scale), x)) };
}

/**
 * Scale `k` with the base px `base` (a date, on the full range's scale) under the screen's `at` px: how a
 * gesture holds the date under the pointer or between the fingers, unless a limit is reached.
 */
export function pinned(k: number, at: number, base: number, width: number, scales: readonly [number, number]): Transform {
  const { k: scale } = within(k, 0, width, scales);
  return within(scale, at - base * scale, width, scales);
}

/** Zooms `from` by `factor` about the screen's `anchor` px, which keeps its date unless a limit is reached. */
export const zoomStep = (from: Transform, factor: number, anchor: number, width: number, scales: readonly [number, number]): Transform =>
  pinned(from.k * factor, anchor, (anchor - from.x) / from.k, width, scales);

/** Pans `from` by `px` screen pixels (positive moves later in time). */
export const panStep = (from: Transform, px: number, width: number, scales: readonly [number, number]): Transform =>
  within(from.k, from.x - px, width, scales);
