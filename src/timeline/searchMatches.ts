import type { EventMatches } from '../core/eventMatches';
import { lowerBound } from '../core/visibleRange';
import type { TimelineEvent } from '../model/types';

/** Which of the timeline's events a search found, asked by index: one mark, or a run of them (a cluster). */
export interface SearchMatches {
  /** True when the event at `index` matches. */
  has(index: number): boolean;
  /** True when any event of the run `lo` (inclusive) to `hi` (exclusive) matches. */
  anyIn(lo: number, hi: number): boolean;
}

/**
 * The matches among the timeline's `events` (the dataset's, or the filtered part of them), as their ascending
 * positions: one mark or a cluster of any size (at 100,000 events a cluster can hold most of them) is answered
 * by a binary search on every frame, and nothing is counted over all the events when a search answers.
 */
export function searchMatchesOf(events: readonly TimelineEvent[], matches: EventMatches): SearchMatches {
  const found = matches.within(events);
  const anyIn = (lo: number, hi: number) => (found[lowerBound(found, lo)] ?? Infinity) < hi;
  return { has: (index) => anyIn(index, index + 1), anyIn };
}
