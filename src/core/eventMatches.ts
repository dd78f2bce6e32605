import type { TimelineEvent } from '../model/types';
import { positionsIn } from './eventSubsets';

/**
 * The events a search found: a subset of one events array (the dataset's, in date order), held as their
 * positions in it. A list of 100,000 is narrowed, and a timeline's clusters are asked about, by positions, never
 * by hashing ids. Iterating it gives the matching ids in date order.
 */
export interface EventMatches extends Iterable<string> {
  /** The events the positions are in. */
  readonly events: readonly TimelineEvent[];
  /** How many events match. */
  readonly size: number;
  /** True when the event with this id matches. */
  has(id: string): boolean;
  /**
   * The positions in `part` (the events, or a part of them taken by eventSubsets) of the events that match,
   * ascending. Any other array is answered by its events' ids.
   */
  within(part: readonly TimelineEvent[]): Int32Array;
}

/** The matches of `events` at `positions` (ascending positions in `events`). */
export function eventMatches(events: readonly TimelineEvent[], positions: ArrayLike<number>): EventMatches {
  const found = Int32Array.from(positions);
  const ids = (): string[] => Array.from(found, (at) => events[at]?.id ?? '');
  let idSet: ReadonlySet<string> | undefined;
  const has = (id: string): boolean => (idSet ??= new Set(ids())).has(id);
  const byPart = new WeakMap<readonly TimelineEvent[], Int32Array>();
  /** The positions in `part` of its events that are at `found` in the events (`at`: each one's position there). */
  const matchingIn = (part: readonly TimelineEvent[], at: Int32Array | undefined): Int32Array => {
    const kept: number[] = [];
    if (at) {
      // Both ascending: one walk along the two.
      for (let k = 0, f = 0; k < at.length && f < found.length; k++) {
        const position = at[k] ?? -1;
        while (f < found.length && (found[f] ?? Infinity) < position) f++;
        if (found[f] === position) kept.push(k);
      }
    } else part.forEach((event, k) => has(event.id) && kept.push(k));
    return Int32Array.from(kept);
  };
  return {
    events,
    size: found.length,
    has,
    within(part) {
      if (part === events) return found;
      let inPart = byPart.get(part);
      if (!inPart) {
        inPart = matchingIn(part, positionsIn(part, events));
        byPart.set(part, inPart);
      }
      return inPart;
    },
    [Symbol.iterator]: () => ids()[Symbol.iterator](),
  };
}

/** The matches of `events` that `ids` names. */
export function eventMatchesOfIds(events: readonly TimelineEvent[], ids: ReadonlySet<string>): EventMatches {
  const positions: number[] = [];
  events.forEach((event, i) => {
    if (ids.has(event.id)) positions.push(i);
  });
  return eventMatches(events, positions);
}
