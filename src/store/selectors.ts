import type { TimelineEvent } from '../model/types';
import type { AppState, Filters } from './store';

/** True when an event passes the reader's tag and source filters. */
export function passesFilters(event: TimelineEvent, filters: Filters): boolean {
  const tagOk = filters.tags.length === 0 || event.tags.some((t) => filters.tags.includes(t));
  const sourceOk = filters.sources.length === 0 || event.citations.some((c) => filters.sources.includes(c.sourceId));
  return tagOk && sourceOk;
}

let memo: { events: readonly TimelineEvent[]; filters: Filters; result: readonly TimelineEvent[] } | undefined;

/** The events that pass the filters, in date order; the same array until the dataset or filters change. */
export function selectVisibleEvents(state: Pick<AppState, 'dataset' | 'filters'>): readonly TimelineEvent[] {
  const { events } = state.dataset;
  const { filters } = state;
  if (memo && memo.events === events && memo.filters === filters) return memo.result;
  const result = filters.tags.length === 0 && filters.sources.length === 0 ? events : events.filter((e) => passesFilters(e, filters));
  memo = { events, filters, result };
  return result;
}

export function selectSelectedEvent(state: Pick<AppState, 'dataset' | 'selectedId'>): TimelineEvent | undefined {
  return state.selectedId === null ? undefined : state.dataset.events.find((e) => e.id === state.selectedId);
}

/** The ids of the events that overlap a window, in date order: what the view shows. */
export function idsInWindow(events: readonly TimelineEvent[], window: { start: number; end: number }): string[] {
  return events.filter((e) => e.t0 < window.end && e.t1 > window.start).map((e) => e.id);
}

interface Neighbours {
  readonly previous: TimelineEvent | undefined;
  readonly next: TimelineEvent | undefined;
}

let neighboursMemo: { visible: readonly TimelineEvent[]; selectedId: string | null; result: Neighbours } | undefined;

/**
 * The filtered events just before and after the selected one in date order (over the filtered events).
 * The same object until the selection, dataset or filters change, so zoom frames cost nothing here.
 */
export function selectNeighbours(state: Pick<AppState, 'dataset' | 'filters' | 'selectedId'>): Neighbours {
  const visible = selectVisibleEvents(state);
  if (neighboursMemo && neighboursMemo.visible === visible && neighboursMemo.selectedId === state.selectedId) return neighboursMemo.result;
  const result = findNeighbours(state.dataset.events, visible, state.selectedId);
  neighboursMemo = { visible, selectedId: state.selectedId, result };
  return result;
}

function findNeighbours(all: readonly TimelineEvent[], visible: readonly TimelineEvent[], selectedId: string | null): Neighbours {
  const at = all.findIndex((e) => e.id === selectedId);
  if (at < 0) return { previous: undefined, next: undefined };
  // The visible events keep the dataset's order, so a hidden selection still has neighbours.
  const order = new Map(all.map((e, i) => [e.id, i]));
  const position = (e: TimelineEvent) => order.get(e.id) ?? -1;
  return {
    previous: visible.findLast((e) => position(e) < at),
    next: visible.find((e) => position(e) > at),
  };
}
