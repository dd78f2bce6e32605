import { describe, expect, it } from 'vitest';
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

describe('the search controller', () => {
  it('answers the reader’s query with the events that match, in the real dataset', async () => {
    const store = createAppStore({ dataset, query: 'GSOMIA' });
    const search = startSearch(store, async () => []);
    const matches = await untilAnswered(store);
    expect([...matches].sort()).toEqual(['gsomia-cancelled', 'gsomia-extension', 'gsomia-signed']);
    search.stop();
  });

  it('says which articles’ text holds every searched word, and how often', async () => {
    const store = createAppStore({ dataset, query: 'GSOMIA' });
    const search = startSearch(store, async () => []);
    await untilAnswered(store);
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
    await untilAnswered(store);
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
