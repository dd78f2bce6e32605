import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventMatches } from '../core/eventMatches';
import ko from '../data/translations/ko.json';
import { createAppStore } from '../store/store';
import { dataset } from '../testing/realDataset';
import { ARTICLES_NAMED, startSearch } from './searchController';

const untilAnswered = (store: ReturnType<typeof createAppStore>) =>
  new Promise<EventMatches>((resolve) => {
    const now = store.getState().searchMatches;
    if (now) return resolve(now);
    const stop = store.subscribe(
      (s) => s.searchMatches,
      (matches) => {
        if (!matches) return;
        stop();
        resolve(matches);
      },
    );
  });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/**
 * A browser's idle periods, each `room` ms long by a clock that moves 1 ms each time it is read (or, with
 * `timedOut`, callbacks run for their timeout, with no idle time; with `moving`, while the reader moves the view):
 * returns the warmed index's number of callbacks.
 */
async function idleCallbacksToWarm(room: number, timedOut = false, moving = false): Promise<number> {
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => ++clock);
  const asked = vi.fn((run: IdleRequestCallback) => {
    const ends = clock + room;
    return setTimeout(() => run({ didTimeout: timedOut, timeRemaining: () => (timedOut ? 0 : Math.max(0, ends - clock)) }), 0);
  });
  vi.stubGlobal('requestIdleCallback', asked);
  const store = createAppStore({ dataset });
  if (moving) store.getState().reportMoving();
  const search = startSearch(store, async () => []);
  search.warm();
  await vi.waitFor(() => expect(store.getState().searchHandle).not.toBeNull());
  search.stop();
  return asked.mock.calls.length;
}

/** Until the answer names the articles holding the words (their index is built after the events'). */
const untilArticles = (store: ReturnType<typeof createAppStore>) =>
  vi.waitFor(() => expect(store.getState().searchDetail.inArticles.length).toBeGreaterThan(0));

describe('the search controller', () => {
  it('builds its index in idle time, each idle period used to its end or until input comes, and in short slices when the page is never idle', async () => {
    // The real dataset in one idle period for the events and one for the articles' texts, not a slice of each.
    expect(await idleCallbacksToWarm(10_000)).toBe(2);
    // Input waiting for the page ends an idle period's work, where the browser says so.
    vi.stubGlobal('navigator', { scheduling: { isInputPending: () => true } });
    expect(await idleCallbacksToWarm(10_000)).toBeGreaterThan(2);
    vi.unstubAllGlobals();
    // Idle callbacks run for their timeout have no idle time: each takes a short slice, neither more nor a
    // document alone.
    const slices = await idleCallbacksToWarm(10_000, true);
    expect(slices).toBeGreaterThan(2);
    expect(slices).toBeLessThan(dataset.events.length / 2);
  });

  it('takes short slices of long idle periods while the reader moves the view, whose next frame may be due', async () => {
    const moving = await idleCallbacksToWarm(10_000, false, true);
    expect(moving).toBeGreaterThan(2);
    expect(moving).toBeLessThan(dataset.events.length / 2);
  });

  it('answers the reader’s query with the events that match, in the real dataset', async () => {
    const store = createAppStore({ dataset, query: 'GSOMIA' });
    const search = startSearch(store, async () => []);
    const matches = await untilAnswered(store);
    expect([...matches].sort()).toEqual(['gsomia-cancelled', 'gsomia-extension', 'gsomia-signed']);
    search.stop();
  });

  it('answers from the events first, then again with the articles once their index is built, the events found kept', async () => {
    const store = createAppStore({ dataset, query: 'GSOMIA' });
    const answers: { matches: unknown; articles: number }[] = [];
    store.subscribe(
      (s) => s.searchDetail,
      (detail) => answers.push({ matches: store.getState().searchMatches, articles: detail.inArticles.length }),
    );
    const search = startSearch(store, async () => []);
    await vi.waitFor(() => expect(answers.at(-1)?.articles).toBeGreaterThan(0));
    expect(answers).toHaveLength(2);
    expect(answers[0]?.articles).toBe(0);
    expect(answers[1]?.matches).toBe(answers[0]?.matches);
    search.stop();
  });

  it('says which articles’ text holds every searched word, and how often', async () => {
    const store = createAppStore({ dataset, query: 'GSOMIA' });
    const search = startSearch(store, async () => []);
    await untilArticles(store);
    const { terms, inArticles } = store.getState().searchDetail;
    expect(terms).toEqual(['gsomia']);
    const expected = dataset.sources
      .map((source) => ({ sourceId: source.id, count: source.text.match(/\bGSOMIA/giu)?.length ?? 0 }))
      .filter((a) => a.count > 0);
    expect(expected.length).toBeGreaterThan(0);
    expect(inArticles).toEqual(expected);
    expect(store.getState().searchDetail.moreArticles).toBe(0);
    search.stop();
  });

  it('names the first articles that hold the words and counts the rest, as an archive of thousands would need', async () => {
    // The two articles, each copied under eight ids: sixteen articles, ten of which hold "Kajiyama" (the Xinhua one's copies).
    const sources = Array.from({ length: 8 }, (_, copy) => dataset.sources.map((s) => ({ ...s, id: `${s.id}-${copy}` }))).flat();
    const holding = sources.filter((s) => /\bKajiyama/u.test(s.text));
    expect(holding.length).toBeGreaterThan(ARTICLES_NAMED);
    const store = createAppStore({ dataset: { ...dataset, sources }, query: 'kajiyama' });
    const search = startSearch(store, async () => []);
    await untilArticles(store);
    const { inArticles, moreArticles } = store.getState().searchDetail;
    expect(inArticles.map((a) => a.sourceId)).toEqual(holding.slice(0, ARTICLES_NAMED).map((s) => s.id));
    expect(moreArticles).toBe(holding.length - ARTICLES_NAMED);
    search.stop();
  });

  it('finds an English page’s events by their Korean titles too, when given the translations', async () => {
    const store = createAppStore({ dataset, query: '수출 규제' });
    const search = startSearch(store, async () => [ko]);
    expect([...(await untilAnswered(store))]).toContain('japan-export-curbs');
    search.stop();
  });

  it('takes no answer to a query the reader has already changed', async () => {
    const store = createAppStore({ dataset, query: 'GSOMIA' });
    const search = startSearch(store, async () => []);
    store.getState().setQuery('Kajiyama');
    const matches = await untilAnswered(store);
    expect(store.getState().query).toBe('Kajiyama');
    expect([...matches].sort()).toEqual(['kajiyama-announces-talks', 'vienna-preparatory-talks']);
    search.stop();
  });
});
