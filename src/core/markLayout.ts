import { lowerBound, type TimeIndex } from './visibleRange';
import { FULL_RANGE, spanOf } from './viewWindow';

/**
 * Lanes and clusters, as pure functions of the sorted events and a zoom level.
 *
 * Time is cut into bins of BIN_PX pixels, aligned to the full range, so that panning never changes
 * the layout. A bin whose events all find room in a lane shows them one by one; a bin holding more than
 * MAX_MARKS_PER_BIN events, or one whose events do not fit, becomes a single cluster. A bin's events are
 * a contiguous run of the sorted array, so every event is in exactly one mark: its own or its bin's
 * cluster. The number of marks on screen is bounded by the width, whatever the size of the dataset.
 *
 * Zoom levels are powers of two of ms per px. A level is laid out at its own (coarser or equal) scale, so
 * anything that does not overlap there cannot overlap on screen; each level is computed once.
 */
export const LANE_COUNT = 5;
export const BIN_PX = 36;
export const MAX_MARKS_PER_BIN = 3;
/** The narrowest a mark may be in the layout (a point's glyph and breathing room). */
export const MARK_MIN_PX = 14;
export const LANE_GAP_PX = 4;

/** ms per px of level 0: coarse enough for the full range on any screen 160 px wide or more. */
const LEVEL0_MS_PER_PX = spanOf(FULL_RANGE) / 160;

/** The level to lay out a screen showing `msPerPx`: the finest whose scale is not finer than the screen's. */
export const levelFor = (msPerPx: number): number => Math.max(0, Math.floor(Math.log2(LEVEL0_MS_PER_PX / msPerPx)));

export const levelMsPerPx = (level: number): number => LEVEL0_MS_PER_PX / 2 ** level;

/** Events [lo, hi) of the sorted array, shown as one mark over their bin [binStart, binEnd). */
export interface Cluster {
  readonly lo: number;
  readonly hi: number;
  readonly binStart: number;
  readonly binEnd: number;
  /** The first and last start among its events. */
  readonly firstStart: number;
  readonly lastStart: number;
}

export interface LevelLayout {
  /** The lane of each event, or -1 when it is in a cluster. */
  readonly lane: Int8Array;
  /** In time order. */
  readonly clusters: readonly Cluster[];
  /** Each cluster's binEnd, ascending, for binary search. */
  readonly clusterEnds: Float64Array;
  /** The longest event shown on its own. */
  readonly maxPlacedLength: number;
}

/** Lays out every event at the scale `msPerPx`. */
export function layoutLevel(index: TimeIndex, msPerPx: number, origin: number = FULL_RANGE.start): LevelLayout {
  const { t0, t1 } = index;
  const n = t0.length;
  const lane = new Int8Array(n).fill(-1);
  const clusters: Cluster[] = [];
  const laneEnd = new Float64Array(LANE_COUNT).fill(-Infinity);
  const trial = new Float64Array(LANE_COUNT);
  const binMs = BIN_PX * msPerPx;
  let maxPlacedLength = 0;
  let i = 0;
  while (i < n) {
    const bin = Math.floor(((t0[i] ?? 0) - origin) / binMs);
    const binStart = origin + bin * binMs;
    const binEnd = binStart + binMs;
    const j = lowerBound(t0, binEnd, i + 1);
    let fits = j - i <= MAX_MARKS_PER_BIN;
    trial.set(laneEnd);
    for (let e = i; fits && e < j; e++) {
      const x0 = (t0[e] ?? 0) / msPerPx;
      const x1 = Math.max((t1[e] ?? 0) / msPerPx, x0 + MARK_MIN_PX);
      const free = trial.findIndex((end) => end + LANE_GAP_PX <= x0);
      if (free < 0) fits = false;
      else {
        trial[free] = x1;
        lane[e] = free;
      }
    }
    if (fits) {
      laneEnd.set(trial);
      for (let e = i; e < j; e++) maxPlacedLength = Math.max(maxPlacedLength, (t1[e] ?? 0) - (t0[e] ?? 0));
    } else {
      lane.fill(-1, i, j);
      clusters.push({ lo: i, hi: j, binStart, binEnd, firstStart: t0[i] ?? 0, lastStart: t0[j - 1] ?? 0 });
    }
    i = j;
  }
  return { lane, clusters, clusterEnds: Float64Array.from(clusters, (c) => c.binEnd), maxPlacedLength };
}

/** Memoises layouts per level for one index: each level is computed the first time it is shown. */
export function createLayoutCache(index: TimeIndex): (level: number) => LevelLayout {
  const levels = new Map<number, LevelLayout>();
  return (level) => {
    let layout = levels.get(level);
    if (!layout) {
      layout = layoutLevel(index, levelMsPerPx(level));
      levels.set(level, layout);
    }
    return layout;
  };
}
