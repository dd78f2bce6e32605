import { eventMatches } from '../core/eventMatches';
import type { DataTranslation } from '../model/translations';
import type { Dataset } from '../model/types';
import { type SearchIndex, buildSearchIndex } from '../search/searchIndex';
import type { AppState, AppStore, SearchAnswer, SearchHandle } from '../store/store';
import { countMatches } from '../search/highlight';
import { searchDocuments } from './searchDocuments';

/** True while the reader's query has no answer over the events now shown. */
const unanswered = (state: AppState): boolean => state.query !== '' && state.searchMatches?.events !== state.dataset.events;

/**
 * Answers the reader's query from an index of the page's dataset, built once per dataset when first needed (the
 * first query, or the search field's first focus) and kept while the dataset lives. Once an index is built the
 * store holds the search's handle, and a query is answered in the same update that sets it; a query typed before
 * (or over new events) is answered when their index is ready, if it is still the reader's.
 */
export function startSearch(store: AppStore, translations: () => Promise<readonly DataTranslation[]>): { warm(): void; stop(): void } {
  // Kept by the events array: the relations arriving after the first screen make a new dataset, not new events.
  const indexes = new WeakMap<Dataset['events'], Promise<SearchIndex>>();
  const built = new WeakMap<Dataset['events'], SearchIndex>();
  const indexOf = (dataset: Dataset): Promise<SearchIndex> => {
    let index = indexes.get(dataset.events);
    if (!index) {
      index = translations().then((more) => {
        const made = buildSearchIndex(searchDocuments(dataset, more));
        built.set(dataset.events, made);
        return made;
      });
      indexes.set(dataset.events, index);
    }
    return index;
  };
  // The articles' texts, indexed apart: a word of an article is not a word of the events it tells of.
  const articleIndexes = new WeakMap<Dataset['sources'], SearchIndex>();
  const articleIndexOf = (sources: Dataset['sources']): SearchIndex => {
    let index = articleIndexes.get(sources);
    if (!index) {
      index = buildSearchIndex(sources.map((source) => ({ id: source.id, names: [], notes: [], quotes: [source.text] })));
      articleIndexes.set(sources, index);
    }
    return index;
  };
  const answerWith = (index: SearchIndex, dataset: Dataset, query: string): SearchAnswer => {
    const { found, terms } = index.search(query);
    const inArticles = articlesHolding(dataset.sources, articleIndexOf(dataset.sources).search(query).found, terms);
    return { matches: eventMatches(dataset.events, found), detail: { terms, ...inArticles } };
  };
  const handle: SearchHandle = (query, dataset) => {
    const index = built.get(dataset.events);
    return index && answerWith(index, dataset, query);
  };
  let stopped = false;
  const registered = (): void => {
    if (!stopped && store.getState().searchHandle !== handle) store.getState().registerSearch(handle);
  };
  const answer = (): void => {
    const { dataset } = store.getState();
    if (!unanswered(store.getState())) return;
    void indexOf(dataset).then((index) => {
      registered();
      const state = store.getState();
      // The query now, which may be newer than the one that asked: keys typed while the index was built wait for it.
      if (stopped || state.dataset.events !== dataset.events || !unanswered(state)) return;
      const { matches, detail } = answerWith(index, dataset, state.query);
      state.setSearchMatches(state.query, matches, detail);
    });
  };
  const stopAnswering = store.subscribe((s) => [s.query, s.dataset.events] as const, answer, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
  });
  answer();
  return {
    warm: () => void indexOf(store.getState().dataset).then(registered),
    stop: () => {
      stopped = true;
      stopAnswering();
      if (store.getState().searchHandle === handle) store.getState().registerSearch(null);
    },
  };
}

/** How many articles holding the searched words are named, each with its count; the rest are counted. */
export const ARTICLES_NAMED = 3;

/**
 * The first articles (in the dataset's order) whose text holds every term, as a word or a word's start, with how
 * many words of each match, and how many more hold them: counting words reads a whole text, so only the named
 * articles are read.
 */
function articlesHolding(
  sources: Dataset['sources'],
  holding: Int32Array,
  terms: readonly string[],
): { inArticles: { sourceId: string; count: number }[]; moreArticles: number } {
  const named = Array.from(holding.subarray(0, ARTICLES_NAMED), (at) => sources[at]).flatMap((source) =>
    source ? [{ sourceId: source.id, count: countMatches(source.text, terms).count }] : [],
  );
  return { inArticles: named, moreArticles: holding.length - named.length };
}
