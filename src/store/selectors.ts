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
