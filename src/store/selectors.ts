import type { EventMatches } from '../core/eventMatches';
import { positionsIn, takeAt, takeWhere } from '../core/eventSubsets';
import { type CountIndex, buildCountIndex, countOverlapping, forEachVisible, lowerBound, timeIndexOf } from '../core/visibleRange';
import type { Source, TimelineEvent } from '../model/types';
import type { AppState, Filters } from './store';

/**
 * Built once per events array (the dataset's, or the filtered one) and kept while it lives: lookups by id
 * and counts by time then cost a map look-up or a binary search, not a scan, on every store change.
 */
const positionsCache = new WeakMap<readonly TimelineEvent[], ReadonlyMap<string, number>>();
const countCache = new WeakMap<readonly TimelineEvent[], CountIndex>();

/** Each event's position in `events`, by id. */
export function positionsById(events: readonly TimelineEvent[]): ReadonlyMap<string, number> {
  let map = positionsCache.get(events);
  if (!map) {
    map = new Map(events.map((e, i) => [e.id, i]));
    positionsCache.set(events, map);
  }
  return map;
}

/** The event of `events` with this id, if any: a look-up in the same positions, so no second map by id is built. */
export function eventWithId(events: readonly TimelineEvent[], id: string): TimelineEvent | undefined {
  const at = positionsById(events).get(id);
  return at === undefined ? undefined : events[at];
}

const sourcesCache = new WeakMap<readonly Source[], ReadonlyMap<string, Source>>();

/** A source of the dataset by its id: a map built once per sources array (an archive holds thousands). */
export function sourceById(sources: readonly Source[], id: string): Source | undefined {
  let map = sourcesCache.get(sources);
  if (!map) {
    map = new Map(sources.map((source) => [source.id, source]));
    sourcesCache.set(sources, map);
  }
  return map.get(id);
}

function countIndexOf(events: readonly TimelineEvent[]): CountIndex {
  let index = countCache.get(events);
  if (!index) {
    index = buildCountIndex(timeIndexOf(events));
    countCache.set(events, index);
  }
  return index;
}

/** True when an event overlaps a window. */
export const inWindow = (event: TimelineEvent, window: { start: number; end: number }): boolean =>
  event.t0 < window.end && event.t1 > window.start;

/** True when an event passes the reader's tag and source filters. */
export function passesFilters(event: TimelineEvent, filters: Filters): boolean {
  if (filters.tags.length > 0 && !event.tags.some((t) => filters.tags.includes(t))) return false;
  return filters.sources.length === 0 || event.citations.some((c) => filters.sources.includes(c.sourceId));
}

/**
 * Results kept with the values they were made from (the events array, the filters object, the filtered
 * array), so that they live as long as those do and every store, each page's own, finds its own.
 */
const filteredCache = new WeakMap<readonly TimelineEvent[], WeakMap<Filters, readonly TimelineEvent[]>>();

/** The events that pass the filters, in date order; the same array until the dataset or filters change. */
export function selectVisibleEvents(state: Pick<AppState, 'dataset' | 'filters'>): readonly TimelineEvent[] {
  const { events } = state.dataset;
  const { filters } = state;
  let byFilters = filteredCache.get(events);
  if (!byFilters) {
    byFilters = new WeakMap();
    filteredCache.set(events, byFilters);
  }
  let result = byFilters.get(filters);
  if (!result) {
    result = filters.tags.length === 0 && filters.sources.length === 0 ? events : takeWhere(events, (e) => passesFilters(e, filters));
    byFilters.set(filters, result);
  }
  return result;
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
  let byMatches = listedCache.get(visible);
  if (!byMatches) {
    byMatches = new WeakMap();
    listedCache.set(visible, byMatches);
  }
  let result = byMatches.get(matches);
  if (!result) {
    result = takeAt(visible, matches.within(visible));
    byMatches.set(matches, result);
  }
  return result;
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
