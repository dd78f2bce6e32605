import type { EventMatches } from '../core/eventMatches';
import { positionsIn, takeAt } from '../core/eventSubsets';
import { type CountIndex, buildCountIndex, countOverlapping, forEachVisible, lowerBound, timeIndexOf } from '../core/visibleRange';
import type { Source, TimelineEvent } from '../model/types';
import type { AppState, Filters } from './store';

/** A cache by key: a WeakMap (kept while its key lives) or a Map. */
interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** What `cache` holds for `key`, made by `make` and kept the first time it is asked for. */
function cached<K, V>(cache: Cache<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * Built once per events array (the dataset's, or the filtered one) and kept while it lives: lookups by id
 * and counts by time then cost a map look-up or a binary search, not a scan, on every store change.
 */
const positionsCache = new WeakMap<readonly TimelineEvent[], ReadonlyMap<string, number>>();
const countCache = new WeakMap<readonly TimelineEvent[], CountIndex>();

/** Each event's position in `events`, by id. */
export function positionsById(events: readonly TimelineEvent[]): ReadonlyMap<string, number> {
  return cached(positionsCache, events, () => new Map(events.map((e, i) => [e.id, i])));
}

/** The event of `events` with this id, if any: a look-up in the same positions, so no second map by id is built. */
export function eventWithId(events: readonly TimelineEvent[], id: string): TimelineEvent | undefined {
  const at = positionsById(events).get(id);
  return at === undefined ? undefined : events[at];
}

const sourcesCache = new WeakMap<readonly Source[], ReadonlyMap<string, Source>>();

/** A source of the dataset by its id: a map built once per sources array (an archive holds thousands). */
export function sourceById(sources: readonly Source[], id: string): Source | undefined {
  return cached(sourcesCache, sources, () => new Map(sources.map((source) => [source.id, source]))).get(id);
}

function countIndexOf(events: readonly TimelineEvent[]): CountIndex {
  return cached(countCache, events, () => buildCountIndex(timeIndexOf(events)));
}

/** True when an event overlaps a window. */
export const inWindow = (event: TimelineEvent, window: { start: number; end: number }): boolean =>
  event.t0 < window.end && event.t1 > window.start;

/** The keys a filter of each kind looks for in an event, each handed to `found`: its tags, the sources it cites. */
const keysOf = {
  tag: (event: TimelineEvent, found: (key: string) => void) => {
    for (const tag of event.tags) found(tag);
  },
  source: (event: TimelineEvent, found: (key: string) => void) => {
    for (const citation of event.citations) found(citation.sourceId);
  },
} as const;
type FilterKind = keyof typeof keysOf;

/** For each events array and kind of filter, the positions (ascending) of the events carrying each tag or source. */
const carriersCache = new WeakMap<readonly TimelineEvent[], Map<FilterKind, ReadonlyMap<string, Int32Array>>>();

/**
 * The events carrying each tag (or citing each source), listed by one scan of the events the first time a filter
 * of that kind is ticked, and kept: a scan costs the same for one tag as for all of them (at 100,000 events it is
 * the reading of each event that costs), and every later tick only marks the positions listed.
 */
function carriersOf(events: readonly TimelineEvent[], kind: FilterKind): ReadonlyMap<string, Int32Array> {
  return cached(
    cached(carriersCache, events, () => new Map()),
    kind,
    () => {
      const found = new Map<string, number[]>();
      const keys = keysOf[kind];
      for (let i = 0; i < events.length; i++) {
        keys(events[i] as TimelineEvent, (key) => {
          const list = found.get(key);
          if (!list) found.set(key, [i]);
          // An event citing one source twice is listed once.
          else if (list[list.length - 1] !== i) list.push(i);
        });
      }
      return new Map([...found].map(([key, list]) => [key, Int32Array.from(list)]));
    },
  );
}

/**
 * Lists the events of each tag ahead of the first tick, for a page with time to spare: at 100,000 events the
 * scan takes a frame or two, which a reader would otherwise wait for on their first tick.
 */
export function prepareTagFilter(events: readonly TimelineEvent[]): void {
  carriersOf(events, 'tag');
}

/** The events that pass `filters` (some tag or source chosen), in order, taken with their positions. */
function eventsPassing(events: readonly TimelineEvent[], filters: Filters): readonly TimelineEvent[] {
  // Bit 1: carries a ticked tag; bit 2: cites a ticked source. An event passes with every bit asked for.
  const marks = new Uint8Array(events.length);
  let asked = 0;
  const mark = (kind: FilterKind, chosen: readonly string[], bit: number) => {
    if (chosen.length === 0) return;
    asked |= bit;
    const lists = carriersOf(events, kind);
    for (const key of chosen) for (const position of lists.get(key) ?? []) marks[position] = (marks[position] ?? 0) | bit;
  };
  mark('tag', filters.tags, 1);
  mark('source', filters.sources, 2);
  let count = 0;
  for (const m of marks) if (m === asked) count++;
  const at = new Int32Array(count);
  for (let i = 0, k = 0; i < marks.length; i++) if (marks[i] === asked) at[k++] = i;
  return takeAt(events, at);
}

/**
 * Results kept with the values they were made from (the events array, the filters object, the filtered
 * array), so that they live as long as those do and every store, each page's own, finds its own.
 */
const filteredCache = new WeakMap<readonly TimelineEvent[], WeakMap<Filters, readonly TimelineEvent[]>>();

/**
 * The last few filtered arrays of each dataset, by the tags and sources ticked (in any order): ticking a tag
 * again, or unticking the one added last, gives back the same array, and with it its index and the timeline's
 * layouts of it, instead of making them all anew.
 */
const FILTERED_KEPT = 4;
const filteredByChoice = new WeakMap<readonly TimelineEvent[], Map<string, readonly TimelineEvent[]>>();
const choiceKey = (filters: Filters): string => JSON.stringify([[...filters.tags].sort(), [...filters.sources].sort()]);

function filteredFor(events: readonly TimelineEvent[], filters: Filters): readonly TimelineEvent[] {
  if (filters.tags.length === 0 && filters.sources.length === 0) return events;
  const kept = cached(filteredByChoice, events, () => new Map<string, readonly TimelineEvent[]>());
  const key = choiceKey(filters);
  const result = kept.get(key) ?? eventsPassing(events, filters);
  // The most recently asked for last; the oldest goes.
  kept.delete(key);
  kept.set(key, result);
  if (kept.size > FILTERED_KEPT) kept.delete(kept.keys().next().value as string);
  return result;
}

/** The events that pass the filters, in date order; the same array until the dataset or filters change. */
export function selectVisibleEvents(state: Pick<AppState, 'dataset' | 'filters'>): readonly TimelineEvent[] {
  const { events } = state.dataset;
  const { filters } = state;
  return cached(
    cached(filteredCache, events, () => new WeakMap()),
    filters,
    () => filteredFor(events, filters),
  );
}

const listedCache = new WeakMap<readonly TimelineEvent[], WeakMap<EventMatches, readonly TimelineEvent[]>>();

/**
 * The events the list shows: those that pass the filters and, while a search has answered, match it; in date
 * order, the same array until the dataset, the filters or the matches change.
 */
export function selectListedEvents(state: Pick<AppState, 'dataset' | 'filters' | 'searchMatches'>): readonly TimelineEvent[] {
  const visible = selectVisibleEvents(state);
  const matches = state.searchMatches;
  if (matches === null) return visible;
  return cached(
    cached(listedCache, visible, () => new WeakMap()),
    matches,
    () => takeAt(visible, matches.within(visible)),
  );
}

/**
 * Where the event `id` is in `list`, the dataset's events or a part of them kept in their order (the filtered
 * events, the listed ones): a binary search over the part's positions in the dataset, so that a list remade on
 * every key of a search needs no map of its own; undefined when the list does not hold it.
 */
export function positionInList(list: readonly TimelineEvent[], all: readonly TimelineEvent[], id: string): number | undefined {
  if (list === all) return positionsById(all).get(id);
  const at = positionsIn(list, all);
  if (!at) return positionsById(list).get(id);
  const wanted = positionsById(all).get(id);
  if (wanted === undefined) return undefined;
  const found = lowerBound(at, wanted);
  return at[found] === wanted ? found : undefined;
}

export function selectSelectedEvent(state: Pick<AppState, 'dataset' | 'selectedId'>): TimelineEvent | undefined {
  if (state.selectedId === null) return undefined;
  const { events } = state.dataset;
  const at = positionsById(events).get(state.selectedId);
  return at === undefined ? undefined : events[at];
}

/** How many of the filtered events the view overlaps: two binary searches, whatever the dataset's size. */
export function selectInViewCount(state: Pick<AppState, 'dataset' | 'filters' | 'view'>): number {
  return countOverlapping(countIndexOf(selectVisibleEvents(state)), state.view.start, state.view.end);
}

/**
 * The ids of the events (sorted by start) that overlap a window, in date order: what the view shows. Its
 * cost follows the answer's length, so it is for one-off questions, not for every zoom frame.
 */
export function idsInWindow(events: readonly TimelineEvent[], window: { start: number; end: number }): string[] {
  const ids: string[] = [];
  forEachVisible(timeIndexOf(events), window.start, window.end, (i) => {
    const e = events[i];
    if (e) ids.push(e.id);
  });
  return ids;
}

interface Neighbours {
  readonly previous: TimelineEvent | undefined;
  readonly next: TimelineEvent | undefined;
}

const neighboursCache = new WeakMap<readonly TimelineEvent[], { readonly selectedId: string | null; readonly result: Neighbours }>();

/**
 * The filtered events just before and after the selected one in date order (over the filtered events).
 * The same object until the selection, dataset or filters change, so zoom frames cost nothing here.
 */
export function selectNeighbours(state: Pick<AppState, 'dataset' | 'filters' | 'selectedId'>): Neighbours {
  const visible = selectVisibleEvents(state);
  const kept = neighboursCache.get(visible);
  if (kept && kept.selectedId === state.selectedId) return kept.result;
  const result = findNeighbours(state.dataset.events, visible, state.selectedId);
  neighboursCache.set(visible, { selectedId: state.selectedId, result });
  return result;
}

function findNeighbours(all: readonly TimelineEvent[], visible: readonly TimelineEvent[], selectedId: string | null): Neighbours {
  const order = positionsById(all);
  const at = selectedId === null ? undefined : order.get(selectedId);
  if (at === undefined) return { previous: undefined, next: undefined };
  if (visible === all) return { previous: all[at - 1], next: all[at + 1] };
  // The visible events keep the dataset's order, so a hidden selection still has neighbours: the first
  // visible event after it, found by binary search over their positions in the dataset.
  const position = (e: TimelineEvent | undefined) => (e ? (order.get(e.id) ?? -1) : Infinity);
  let lo = 0;
  let hi = visible.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (position(visible[mid]) <= at) lo = mid + 1;
    else hi = mid;
  }
  const previous = visible[lo - 1];
  return { previous: previous && previous.id !== selectedId ? previous : visible[lo - 2], next: visible[lo] };
}
