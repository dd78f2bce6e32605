import { lowerBound, type TimeIndex } from './visibleRange';
import { FULL_RANGE, spanOf } from './viewWindow';
import { DAY } from '../model/duration';

/**
 * Lanes and clusters, as pure functions of the sorted events and a zoom level.
 *
 * Time is cut into bins of BIN_PX pixels, aligned to the full range, so that panning never changes
 * the layout. A mark takes up its glyph and its label's width (`widthOf`, in px whatever the zoom) in its
 * lane, and goes to the next lane where it would collide. A bin's events take lanes in start order while
 * they find room; the rest of a crowded bin (a contiguous run of the sorted array) becomes a single cluster,
 * so every event is in exactly one mark: its own or its bin's cluster. The number of marks on screen is
 * bounded by the width and the lanes, whatever the size of the dataset.
 *
 * Zoom levels are powers of two of ms per px. A level is laid out at its own (coarser or equal) scale, so
 * anything that does not overlap there cannot overlap on screen; each level is computed once.
 */
/** The lanes a layout may use unless told otherwise: what a phone's frame has room for. */
export const DEFAULT_LANES = 5;
/** Int8Array lanes, and a frame taller than this would not leave a screen for anything else. */
export const MAX_LANES = 60;
export const BIN_PX = 36;
/** The narrowest a mark may be in the layout (a point's glyph and breathing room). */
export const MARK_MIN_PX = 14;
export const LANE_GAP_PX = 4;

export interface LayoutOptions {
  /** How many lanes the frame may show; only past them do marks merge into clusters. */
  readonly lanes: number;
  /** The px a mark takes up from its start whatever the zoom (its glyph and label), by index into the sorted events. */
  readonly widthOf: (index: number) => number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { lanes: DEFAULT_LANES, widthOf: () => MARK_MIN_PX };

/**
 * Bars wider than a bin may take every lane but the last, so long periods never crowd out the points;
 * every mark, and every cluster, takes the top lane that is free where it starts, so that the marks sit
 * close under the axis and no empty lanes open up between bars and points.
 */
export const wideLanes = (lanes: number): number => Math.max(1, lanes - 1);

/** ms per px of level 0: coarse enough for the full range on any screen 160 px wide or more. */
const LEVEL0_MS_PER_PX = spanOf(FULL_RANGE) / 160;

/** The level to lay out a screen showing `msPerPx`: the finest whose scale is not finer than the screen's. */
export const levelFor = (msPerPx: number): number => Math.max(0, Math.floor(Math.log2(LEVEL0_MS_PER_PX / msPerPx)));

export const levelMsPerPx = (level: number): number => LEVEL0_MS_PER_PX / 2 ** level;

/** Events [lo, hi) of the sorted array, shown as one mark over their bin [binStart, binEnd) in a lane. */
export interface Cluster {
  readonly lo: number;
  readonly hi: number;
  readonly binStart: number;
  readonly binEnd: number;
  /** The top lane free over its bin, or the lane count (a row of its own) when every lane is taken there. */
  readonly lane: number;
  /** The first and last start among its events. */
  readonly firstStart: number;
  readonly lastStart: number;
}

/** Events shown on their own in one pool of lanes, by index into the sorted events, in start order. */
export interface PlacedList {
  readonly indices: Int32Array;
  readonly starts: Float64Array;
  /** The longest of them, to know how far back a window must look. */
  readonly maxLength: number;
}

/**
 * A level's layout, held in typed arrays (a million events make tens of thousands of clusters; objects
 * are made only for the few on screen, by `clusterAt`).
 */
export interface LevelLayout {
  /** The lane of each event, or -1 when it is in a cluster. */
  readonly lane: Int8Array;
  /** Bars wider than a bin, in the top lanes; everything narrower in the others. */
  readonly wide: PlacedList;
  readonly narrow: PlacedList;
  readonly clusterLo: Int32Array;
  readonly clusterHi: Int32Array;
  /** Each cluster's bin start, ascending. */
  readonly clusterBin: Float64Array;
  readonly clusterLane: Int8Array;
  readonly binMs: number;
  /** The lanes it was laid out for (a cluster with nowhere to go takes a row below them). */
  readonly lanes: number;
  /** How many rows the level uses, lanes and clusters together: a screen needs no more. */
  readonly rows: number;
}

export function clusterAt(layout: LevelLayout, index: TimeIndex, c: number): Cluster {
  const lo = layout.clusterLo[c] ?? 0;
  const hi = layout.clusterHi[c] ?? 0;
  const binStart = layout.clusterBin[c] ?? 0;
  return {
    lo,
    hi,
    binStart,
    binEnd: binStart + layout.binMs,
    lane: layout.clusterLane[c] ?? 0,
    firstStart: index.t0[lo] ?? 0,
    lastStart: index.t0[hi - 1] ?? 0,
  };
}

/**
 * Written as a plain loop over typed arrays: at a level where a million events are placed, `Float64Array.from` with
 * a mapping function and a `for…of` took about 100 ms in one piece, this loop about 10.
 */
function placedList(placed: number[], index: TimeIndex): PlacedList {
  const { t0, t1 } = index;
  const indices = Int32Array.from(placed);
  const starts = new Float64Array(indices.length);
  let maxLength = 0;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k] as number;
    const start = t0[i] ?? 0;
    starts[k] = start;
    maxLength = Math.max(maxLength, (t1[i] ?? 0) - start);
  }
  return { indices, starts, maxLength };
}

/**
 * Lays out the events at the scale `msPerPx`, a slice at a time: `advance` works until `shouldStop`
 * says so (checked every few hundred bins) and returns the layout once it is complete. A million events
 * take tens of milliseconds, so idle time lays a level out in slices instead of in one long frame.
 */
/**
 * How many bins are laid out between two checks of the time left. A crowded bin measures up to a lane's worth
 * of new labels, a few microseconds each: 16 bins keep a slice within about a millisecond of its deadline.
 */
const BINS_PER_CHECK = 16;

export function createLevelBuilder(
  index: TimeIndex,
  msPerPx: number,
  options: LayoutOptions = DEFAULT_LAYOUT,
  origin: number = FULL_RANGE.start,
): { advance(shouldStop: () => boolean): LevelLayout | undefined } {
  const { t0, t1 } = index;
  const n = t0.length;
  const lanes = Math.min(Math.max(1, Math.floor(options.lanes)), MAX_LANES);
  const { widthOf } = options;
  const lane = new Int8Array(n).fill(-1);
  const laneEnd = new Float64Array(lanes).fill(-Infinity);
  const binMs = BIN_PX * msPerPx;
  const wide: number[] = [];
  const narrow: number[] = [];
  const clusterLo: number[] = [];
  const clusterHi: number[] = [];
  const clusterBin: number[] = [];
  const clusterLane: number[] = [];
  let rows = 0;
  // A day is a point however wide the day is on screen; longer events wider than a bin are bars.
  const wideMark = (e: number): boolean => {
    const length = (t1[e] ?? 0) - (t0[e] ?? 0);
    return length > DAY && length / msPerPx > BIN_PX;
  };
  let i = 0;
  let result: LevelLayout | undefined;
  const advance = (shouldStop: () => boolean): LevelLayout | undefined => {
    let bins = 0;
    while (i < n) {
      if ((++bins & (BINS_PER_CHECK - 1)) === 0 && shouldStop()) return undefined;
      layOutBin();
    }
    // Gathering the level's arrays walks every event placed: it starts a slice of its own.
    if (!result && bins > 0 && shouldStop()) return undefined;
    result ??= {
      lane,
      wide: placedList(wide, index),
      narrow: placedList(narrow, index),
      clusterLo: Int32Array.from(clusterLo),
      clusterHi: Int32Array.from(clusterHi),
      clusterBin: Float64Array.from(clusterBin),
      clusterLane: Int8Array.from(clusterLane),
      binMs,
      lanes,
      rows,
    };
    return result;
  };
  function layOutBin(): void {
    const binStart = origin + Math.floor(((t0[i] ?? 0) - origin) / binMs) * binMs;
    const binEnd = binStart + binMs;
    // Most bins hold a few events: step over them, and search only when the bin is crowded.
    let j = i + 1;
    while (j < n && j - i <= lanes && (t0[j] ?? 0) < binEnd) j++;
    if (j < n && (t0[j] ?? 0) < binEnd) j = lowerBound(t0, binEnd, j);
    // The bin's events take lanes one by one, in start order, while they find room; those left merge into
    // one cluster, so a crowded bin still shows what fits. A cluster holds two events at least: the last
    // one placed joins it rather than leave a cluster of one.
    let k = i;
    let lastLane = -1;
    let lastEnd = -Infinity;
    for (; k < j; k++) {
      const x0 = (t0[k] ?? 0) / msPerPx;
      const free = freeLane(laneEnd, x0, wideMark(k) ? wideLanes(lanes) : lanes);
      if (free < 0) break;
      [lastLane, lastEnd] = [free, laneEnd[free] ?? -Infinity];
      laneEnd[free] = Math.max((t1[k] ?? 0) / msPerPx, x0 + Math.max(MARK_MIN_PX, widthOf(k)));
      lane[k] = free;
    }
    if (k === j - 1 && k > i) {
      k--;
      lane[k] = -1;
      laneEnd[lastLane] = lastEnd;
    }
    for (let e = i; e < k; e++) {
      (wideMark(e) ? wide : narrow).push(e);
      rows = Math.max(rows, (lane[e] ?? 0) + 1);
    }
    if (k < j) {
      const free = freeLane(laneEnd, binStart / msPerPx, lanes);
      if (free >= 0) laneEnd[free] = binEnd / msPerPx;
      const row = free < 0 ? lanes : free;
      rows = Math.max(rows, row + 1);
      clusterLo.push(k);
      clusterHi.push(j);
      clusterBin.push(binStart);
      clusterLane.push(row);
    }
    i = j;
  }
  return { advance };
}

/** The top lane of the first `lanes` whose last mark ends (with a gap) before `x0` px, or -1. */
function freeLane(laneEnd: Float64Array, x0: number, lanes: number): number {
  for (let l = 0; l < lanes; l++) if ((laneEnd[l] ?? 0) + LANE_GAP_PX <= x0) return l;
  return -1;
}

/** Lays out every event at the scale `msPerPx`, all at once. */
export function layoutLevel(
  index: TimeIndex,
  msPerPx: number,
  options: LayoutOptions = DEFAULT_LAYOUT,
  origin: number = FULL_RANGE.start,
): LevelLayout {
  const layout = createLevelBuilder(index, msPerPx, options, origin).advance(() => false);
  if (!layout) throw new Error('a layout that is never stopped always completes');
  return layout;
}
