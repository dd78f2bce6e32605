/**
 * Finding what a window shows without looking at every event: the events are sorted by start, so a
 * binary search finds where the window begins and ends. An event that started before the window may
 * still reach into it; `maxLength` (the longest event) bounds how far back to look.
 */
export interface TimeIndex {
  /** Starts, ascending. */
  readonly t0: Float64Array;
  /** Ends (exclusive), in the same order. */
  readonly t1: Float64Array;
  readonly maxLength: number;
}

/** The first index whose value is at least `value` (the length if none). */
export function lowerBound(sorted: ArrayLike<number>, value: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type Timed = { readonly t0: number; readonly t1: number };

/** Packs events already sorted by start into typed arrays. */
export function buildTimeIndex(events: readonly Timed[]): TimeIndex {
  const t0 = new Float64Array(events.length);
  const t1 = new Float64Array(events.length);
  let maxLength = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Timed;
    t0[i] = e.t0;
    t1[i] = e.t1;
    maxLength = Math.max(maxLength, e.t1 - e.t0);
  }
  return { t0, t1, maxLength };
}

const timeIndexes = new WeakMap<readonly Timed[], TimeIndex>();

/**
 * The time index of an events array, built once while the array lives: the timeline, the overview and the list's
 * count all ask for the same filtered events' index when a filter changes.
 */
export function timeIndexOf(events: readonly Timed[]): TimeIndex {
  let index = timeIndexes.get(events);
  if (!index) {
    index = buildTimeIndex(events);
    timeIndexes.set(events, index);
  }
  return index;
}

/** The index range that can hold events overlapping [start, end): candidates, to be checked by end. */
export function candidateRange(index: TimeIndex, start: number, end: number): [number, number] {
  return [lowerBound(index.t0, start - index.maxLength), lowerBound(index.t0, end)];
}

/** Calls `visit` with the index of every event overlapping [start, end), in start order. */
export function forEachVisible(index: TimeIndex, start: number, end: number, visit: (i: number) => void): void {
  const [lo, hi] = candidateRange(index, start, end);
  for (let i = lo; i < hi; i++) if ((index.t1[i] ?? -Infinity) > start) visit(i);
}

/** How many events overlap [start, end). */
export function countVisible(index: TimeIndex, start: number, end: number): number {
  let count = 0;
  forEachVisible(index, start, end, () => count++);
  return count;
}

/** The first index whose value is greater than `value` (the length if none): how many are at most `value`. */
export function upperBound(sorted: ArrayLike<number>, value: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Infinity) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A time index with its ends sorted on their own, to count what a window holds in O(log n). */
export interface CountIndex {
  readonly t0: Float64Array;
  readonly sortedEnds: Float64Array;
}

export function buildCountIndex(index: TimeIndex): CountIndex {
  return { t0: index.t0, sortedEnds: Float64Array.from(index.t1).sort() };
}

/**
 * How many events overlap [start, end) (start ≤ end), by two binary searches: those that start before the
 * end, less those that ended by the start (an event that ended by the start also started before the end).
 */
export function countOverlapping(index: CountIndex, start: number, end: number): number {
  return lowerBound(index.t0, end) - upperBound(index.sortedEnds, start);
}
