import type { TimelineEvent } from '../model/types';
import { positionsIn } from './eventSubsets';

/**
 * The events a search found: a subset of one events array (the dataset's, in date order), held as a bit per
 * event. A list of 100,000 is filtered, and a timeline's clusters are counted, by reading bits, never by
 * hashing ids. Iterating it gives the matching ids in date order.
 */
export interface EventMatches extends Iterable<string> {
  /** The events the bits are over. */
  readonly events: readonly TimelineEvent[];
  /** How many events match. */
  readonly size: number;
  /** True when the event with this id matches. */
  has(id: string): boolean;
  /**
   * A bit per event of `part` (the events, or a part of them taken by eventSubsets' `takeWhere`): 1 where it
   * matches. Any other array is answered by its events' ids.
   */
  within(part: readonly TimelineEvent[]): Uint8Array;
}

/** The matches of `events` at `positions` (ascending positions in `events`). */
export function eventMatches(events: readonly TimelineEvent[], positions: ArrayLike<number>): EventMatches {
  const bits = new Uint8Array(events.length);
  for (let k = 0; k < positions.length; k++) bits[positions[k] ?? 0] = 1;
  const ids = (): string[] => Array.from({ length: positions.length }, (_, k) => events[positions[k] ?? 0]?.id ?? '');
  let idSet: ReadonlySet<string> | undefined;
  const byPart = new WeakMap<readonly TimelineEvent[], Uint8Array>();
  const has = (id: string): boolean => (idSet ??= new Set(ids())).has(id);
  return {
    events,
    size: positions.length,
    has,
    within(part) {
      if (part === events) return bits;
      let found = byPart.get(part);
      if (!found) {
        const at = positionsIn(part, events);
        found = new Uint8Array(part.length);
        for (let k = 0; k < part.length; k++) found[k] = at ? (bits[at[k] ?? -1] ?? 0) : has(part[k]?.id ?? '') ? 1 : 0;
        byPart.set(part, found);
      }
      return found;
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
