import type { EventMatches } from '../core/eventMatches';
import type { TimelineEvent } from '../model/types';

/** Which of the timeline's events a search found, asked by index: one mark, or a run of them (a cluster). */
export interface SearchMatches {
  /** True when the event at `index` matches. */
  has(index: number): boolean;
  /** True when any event of the run `lo` (inclusive) to `hi` (exclusive) matches. */
  anyIn(lo: number, hi: number): boolean;
}

/**
 * The matches among the timeline's `events` (the dataset's, or the filtered part of them), counted once into running
 * totals so that a cluster of any size is answered in constant time on every frame (a cluster at 100,000 events can
 * hold most of them).
 */
export function searchMatchesOf(events: readonly TimelineEvent[], matches: EventMatches): SearchMatches {
  const found = matches.within(events);
  const before = new Uint32Array(events.length + 1);
  for (let i = 0; i < events.length; i++) before[i + 1] = (before[i] ?? 0) + (found[i] ?? 0);
  const count = (lo: number, hi: number) => (before[Math.min(hi, events.length)] ?? 0) - (before[Math.max(lo, 0)] ?? 0);
  return { has: (index) => count(index, index + 1) > 0, anyIn: (lo, hi) => count(lo, hi) > 0 };
}
