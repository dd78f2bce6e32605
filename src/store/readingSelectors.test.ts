import { describe, expect, it } from 'vitest';
import { dataset } from '../testing/realDataset';
import { idsInWindow, selectNeighbours } from './selectors';
import { DAY } from '../model/duration';

const state = (selectedId: string | null, tags: string[] = []) =>
  ({ dataset, selectedId, filters: { tags, sources: [] } }) as Parameters<typeof selectNeighbours>[0];

describe('idsInWindow', () => {
  it('gives the events that overlap a window, in date order, periods included', () => {
    const ids = idsInWindow(dataset.events, { start: Date.UTC(1940, 0, 1), end: Date.UTC(1966, 0, 1) });
    expect(ids).toEqual(['japanese-colonial-rule', 'pact-1965']);
  });

  it('leaves out an event that ends where the window starts', () => {
    const pact = dataset.events.find((e) => e.id === 'pact-1965');
    expect(pact && idsInWindow(dataset.events, { start: pact.t1, end: pact.t1 + DAY })).not.toContain('pact-1965');
  });
});

describe('selectNeighbours', () => {
  it('gives the events before and after the selection in date order', () => {
    const ids = dataset.events.map((e) => e.id);
    ids.forEach((id, i) => {
      const { previous, next } = selectNeighbours(state(id));
      expect(previous?.id).toBe(ids[i - 1]);
      expect(next?.id).toBe(ids[i + 1]);
    });
  });

  it('steps over events the filters hide, even from a hidden selection', () => {
    const { previous, next } = selectNeighbours(state('pact-1965', ['security']));
    expect(previous).toBeUndefined();
    expect(next?.id).toBe('gsomia-signed');
  });

  it('gives nothing without a selection, and the same object while nothing changes', () => {
    expect(selectNeighbours(state(null))).toEqual({ previous: undefined, next: undefined });
    const s = state('gsomia-signed');
    expect(selectNeighbours(s)).toBe(selectNeighbours({ ...s }));
  });
});
