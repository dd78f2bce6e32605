import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataset, eventById } from '../testing/realDataset';
import { eventMatchesOfIds } from '../core/eventMatches';
import { positionsIn } from '../core/eventSubsets';
import {
  idsInWindow,
  positionInList,
  selectInViewCount,
  selectListedEvents,
  selectNeighbours,
  selectSelectedEvent,
  selectVisibleEvents,
} from './selectors';
import { DAY } from '../model/duration';

const state = (selectedId: string | null, tags: string[] = []) =>
  ({ dataset, selectedId, filters: { tags, sources: [] } }) as Parameters<typeof selectNeighbours>[0];

describe('idsInWindow', () => {
  it('gives the events that overlap a window, in date order, periods included', () => {
    const ids = idsInWindow(dataset.events, { start: Date.UTC(1940, 0, 1), end: Date.UTC(1966, 0, 1) });
    expect(ids).toEqual(['japanese-colonial-rule', 'pact-1965']);
  });

  it('leaves out an event that ends where the window starts', () => {
    const pact = eventById('pact-1965');
    expect(idsInWindow(dataset.events, { start: pact.t1, end: pact.t1 + DAY })).not.toContain('pact-1965');
  });
});

describe('the filtered events', () => {
  const tags = [...new Set(dataset.events.flatMap((e) => e.tags))];
  const sources = dataset.sources.map((source) => source.id);

  it('keeps an event carrying any ticked tag and citing any ticked source, in date order, with its position', () => {
    fc.assert(
      fc.property(fc.subarray(tags), fc.subarray(sources), (ticked, cited) => {
        const filters = { tags: ticked, sources: cited };
        const kept = selectVisibleEvents({ dataset, filters });
        const expected = dataset.events.filter(
          (e) =>
            (ticked.length === 0 || e.tags.some((t) => ticked.includes(t))) &&
            (cited.length === 0 || e.citations.some((c) => cited.includes(c.sourceId))),
        );
        expect(kept.map((e) => e.id)).toEqual(expected.map((e) => e.id));
        if (kept !== dataset.events)
          expect([...(positionsIn(kept, dataset.events) ?? [])]).toEqual(kept.map((e) => dataset.events.indexOf(e)));
      }),
    );
  });

  it('gives back the same array for the same choice made again, in any order', () => {
    const [a = '', b = ''] = tags;
    const first = selectVisibleEvents({ dataset, filters: { tags: [a, b], sources: [] } });
    selectVisibleEvents({ dataset, filters: { tags: [a], sources: [] } });
    expect(selectVisibleEvents({ dataset, filters: { tags: [b, a], sources: [] } })).toBe(first);
    expect(selectVisibleEvents({ dataset, filters: { tags: [], sources: [] } })).toBe(dataset.events);
  });

  it('lists an event citing one source twice once', () => {
    const twice = dataset.events.find((e) => new Set(e.citations.map((c) => c.sourceId)).size < e.citations.length);
    expect(twice).toBeDefined();
    const kept = selectVisibleEvents({ dataset, filters: { tags: [], sources: twice?.citations[0] ? [twice.citations[0].sourceId] : [] } });
    expect(kept.filter((e) => e === twice)).toHaveLength(1);
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

describe('lookups that run on every store change', () => {
  it('find the selected event by id, and nothing for an id the dataset lacks', () => {
    for (const event of dataset.events) expect(selectSelectedEvent({ dataset, selectedId: event.id })).toBe(event);
    expect(selectSelectedEvent({ dataset, selectedId: 'no-such-event' })).toBeUndefined();
    expect(selectSelectedEvent({ dataset, selectedId: null })).toBeUndefined();
  });

  it('count the filtered events in view as the ids in view are counted', () => {
    const view = { start: Date.UTC(1940, 0, 1), end: Date.UTC(2020, 0, 1) };
    const all = selectInViewCount({ dataset, filters: { tags: [], sources: [] }, view });
    expect(all).toBe(idsInWindow(dataset.events, view).length);
    const security = dataset.events.filter((e) => e.tags.includes('security'));
    expect(selectInViewCount({ dataset, filters: { tags: ['security'], sources: [] }, view })).toBe(idsInWindow(security, view).length);
    expect(
      selectInViewCount({ dataset, filters: { tags: [], sources: [] }, view: { start: Date.UTC(1970, 0, 1), end: Date.UTC(1975, 0, 1) } }),
    ).toBe(0);
  });

  it('give a hidden selection its visible neighbours', () => {
    const hidden = dataset.events.find((e) => !e.tags.includes('security'));
    const { previous, next } = selectNeighbours(state(hidden?.id ?? null, ['security']));
    const security = dataset.events.filter((e) => e.tags.includes('security'));
    const at = dataset.events.findIndex((e) => e.id === hidden?.id);
    const position = (id: string | undefined) => dataset.events.findIndex((e) => e.id === id);
    expect(previous?.id).toBe(security.findLast((e) => position(e.id) < at)?.id);
    expect(next?.id).toBe(security.find((e) => position(e.id) > at)?.id);
  });
});

describe('the listed events', () => {
  const gsomia = eventMatchesOfIds(dataset.events, new Set(dataset.events.filter((e) => e.id.startsWith('gsomia')).map((e) => e.id)));
  const filters = { none: { tags: [], sources: [] }, security: { tags: ['security' as const], sources: [] } };
  const listed = (tags: keyof typeof filters, searchMatches: typeof gsomia | null) =>
    selectListedEvents({ dataset, filters: filters[tags], searchMatches });

  it('are the filtered events that a search found, in date order, the same array while nothing changes', () => {
    const security = listed('security', null);
    expect(security.map((e) => e.id)).toEqual(dataset.events.filter((e) => e.tags.includes('security')).map((e) => e.id));
    const found = listed('security', gsomia);
    expect(found.map((e) => e.id)).toEqual(security.filter((e) => e.id.startsWith('gsomia')).map((e) => e.id));
    expect(found.length).toBeGreaterThan(0);
    expect(listed('security', gsomia)).toBe(found);
    expect(listed('none', gsomia).map((e) => e.id)).toEqual([...gsomia]);
  });

  it('say where each event is in the list, and that an event left out is not in it', () => {
    for (const list of [dataset.events, listed('security', null), listed('security', gsomia), listed('none', gsomia)]) {
      for (const event of dataset.events) {
        const at = list.indexOf(event);
        expect(positionInList(list, dataset.events, event.id)).toBe(at < 0 ? undefined : at);
      }
      expect(positionInList(list, dataset.events, 'no-such-event')).toBeUndefined();
    }
  });
});
