import type { Transform } from './timeScale';

/**
 * Steps of zoom and pan made by keys and buttons, as pure maths on d3-zoom's transform {k, x}. A step
 * starts from where the running animation is going (not where it has got to), so quick presses add up,
 * and the result is kept within the zoom's limits as d3-zoom keeps its gestures: the scale within
 * `scales`, and the whole range covering the screen (x between width·(1−k) and 0, for k ≥ 1).
 */
export function within(k: number, x: number, width: number, scales: readonly [number, number]): Transform {
  const scale = Math.min(scales[1], Math.max(scales[0], k));
  return { k: scale, x: Math.min(0, Math.max(width * (1 - scale), x)) };
}

/** Zooms `from` by `factor` about the screen's `anchor` px, which keeps its date unless a limit is reached. */
export function zoomStep(from: Transform, factor: number, anchor: number, width: number, scales: readonly [number, number]): Transform {
  const { k } = within(from.k * factor, 0, width, scales);
  return within(k, anchor - ((anchor - from.x) * k) / from.k, width, scales);
}

/** Pans `from` by `px` screen pixels (positive moves later in time). */
export const panStep = (from: Transform, px: number, width: number, scales: readonly [number, number]): Transform =>
  within(from.k, from.x - px, width, scales);
