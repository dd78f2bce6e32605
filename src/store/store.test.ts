import { describe, expect, it, vi } from 'vitest';
import { eventMatchesOfIds } from '../core/eventMatches';
import { windowForEvent } from '../core/focusWindow';
import { FULL_RANGE, MIN_SPAN, type ViewWindow } from '../core/viewWindow';
import { parsePartialDate } from '../model/partialDate';
import { fakeViewHandle } from '../testing/fakeViewHandle';
import { dataset, eventById } from '../testing/realDataset';
import { createAppStore } from './store';

const NOVEMBER_2019: ViewWindow = { start: Date.UTC(2019, 10, 1), end: Date.UTC(2019, 11, 1) };

describe('the app store', () => {
  it('keeps the reported view within its limits', () => {
    const store = createAppStore();
    store.getState().reportView({ start: 0, end: 1 });
    expect(store.getState().view.end - store.getState().view.start).toBe(MIN_SPAN);
    store.getState().reportView({ start: FULL_RANGE.start - 1e12, end: FULL_RANGE.end + 1e12 });
    expect(store.getState().view).toEqual(FULL_RANGE);
  });

  it('starts complete: each store holds its own first state, and none leaks into another', () => {
    const one = createAppStore({ dataset, selectedId: 'gsomia-extension' });
    const other = createAppStore();
    one.getState().select('pact-1965');
    expect(one.getInitialState().selectedId).toBe('gsomia-extension');
    expect(other.getState().selectedId).toBeNull();
    expect(other.getState().dataset.events).toEqual([]);
  });

  it('with no timeline mounted, a move simply sets the window the view will open on', async () => {
    const store = createAppStore();
    await store.getState().moveView(NOVEMBER_2019);
    expect(store.getState().view).toEqual(NOVEMBER_2019);
    expect(store.getState().viewAtRest).toBe(true);
  });

  it('moves through the mounted timeline, and resolves when the timeline has arrived', async () => {
    const store = createAppStore();
    const fake = fakeViewHandle();
    store.getState().registerView(fake.handle);
    const arrived = vi.fn();
    void store.getState().moveView(NOVEMBER_2019, { animate: false }).then(arrived);
    expect(fake.moves).toEqual([{ window: NOVEMBER_2019, animate: false }]);
    await Promise.resolve();
    expect(arrived).not.toHaveBeenCalled();
    fake.arrive();
    await vi.waitFor(() => expect(arrived).toHaveBeenCalled());
  });

  it('is at rest until the timeline reports a move, and again once it reports rest', async () => {
    const store = createAppStore();
    store.getState().registerView(fakeViewHandle().handle);
    const rested = vi.fn();
    await store.getState().whenViewAtRest().then(rested);
    expect(rested).toHaveBeenCalledTimes(1);
    store.getState().reportMoving();
    void store.getState().whenViewAtRest().then(rested);
    store.getState().reportView(NOVEMBER_2019);
    await Promise.resolve();
    expect(rested).toHaveBeenCalledTimes(1);
    store.getState().reportRest(NOVEMBER_2019);
    await vi.waitFor(() => expect(rested).toHaveBeenCalledTimes(2));
    expect(store.getState().view).toEqual(NOVEMBER_2019);
  });

  it('is at rest once the timeline unmounts, so nothing waits for a move that will never end', async () => {
    const store = createAppStore();
    store.getState().registerView(fakeViewHandle().handle);
    store.getState().reportMoving();
    const waiting = store.getState().whenViewAtRest();
    store.getState().registerView(null);
    await expect(waiting).resolves.toBeUndefined();
  });

  it('going to an event selects it and moves the timeline to the event at its own zoom', async () => {
    const store = createAppStore({ dataset });
    const fake = fakeViewHandle();
    store.getState().registerView(fake.handle);
    void store.getState().goToEvent(eventById('gsomia-extension'));
    expect(store.getState().selectedId).toBe('gsomia-extension');
    expect(fake.moves).toEqual([{ window: windowForEvent(eventById('gsomia-extension')), animate: undefined }]);
  });

  it('revealing an event already in view selects it without moving', async () => {
    const gsomia = eventById('gsomia-extension');
    const store = createAppStore({ dataset, view: windowForEvent(gsomia) });
    const fake = fakeViewHandle();
    store.getState().registerView(fake.handle);
    await store.getState().goToEvent(gsomia, 'reveal');
    expect(store.getState().selectedId).toBe('gsomia-extension');
    expect(fake.moves).toEqual([]);
  });

  it('clears a marked date when an event is chosen, and keeps it when the selection is cleared', () => {
    const store = createAppStore();
    const date = parsePartialDate('2020-03');
    store.getState().setMarkedDate(date ?? null);
    store.getState().select(null);
    expect(store.getState().markedDate).toBe(date);
    store.getState().select('gsomia-extension');
    expect(store.getState().selectedId).toBe('gsomia-extension');
    expect(store.getState().markedDate).toBeNull();
  });

  it('replaces a notice with the same id rather than stacking it', () => {
    const store = createAppStore();
    const second = { id: 'date', text: () => 'second' };
    store.getState().addNotice({ id: 'date', text: () => 'first' });
    store.getState().addNotice(second);
    expect(store.getState().notices).toEqual([second]);
  });

  it('answers a query in the same update that sets it once the search can, and clears it with an empty one', () => {
    const store = createAppStore({ dataset });
    const updates: (string | null)[] = [];
    // What each new query is drawn with, in the update that sets it.
    store.subscribe(
      (s) => s.query,
      () => {
        const { searchMatches } = store.getState();
        updates.push(searchMatches === null ? null : [...searchMatches].join());
      },
    );
    store.getState().setQuery('gsomia');
    expect(store.getState().searchMatches).toBeNull();
    const gsomia = eventMatchesOfIds(dataset.events, new Set(['gsomia-signed']));
    store
      .getState()
      .registerSearch((query, data) =>
        query === 'gsomia-s' && data === dataset
          ? { matches: gsomia, detail: { terms: [query], inArticles: [], moreArticles: 0 } }
          : undefined,
      );
    store.getState().setQuery('gsomia-s');
    expect(store.getState().searchMatches).toBe(gsomia);
    expect(store.getState().searchDetail.terms).toEqual(['gsomia-s']);
    store.getState().setQuery('');
    expect(store.getState().searchMatches).toBeNull();
    expect(updates).toEqual([null, 'gsomia-signed', null]);
  });
});
