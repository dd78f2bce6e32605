import type { DataTranslation } from '../model/translations';
import type { Dataset } from '../model/types';
import { type SearchIndex, buildSearchIndex } from '../search/searchIndex';
import type { AppStore } from '../store/store';
import { countMatches } from '../search/highlight';
import { searchDocuments } from './searchDocuments';

/**
 * Answers the reader's query from an index of the page's dataset, built once per dataset when first needed (the
 * first query, or the search field's first focus) and kept while the dataset lives. The store takes an answer only
 * while its query is still the reader's, so a slow answer never overwrites a newer one.
 */
export function startSearch(store: AppStore, translations: () => Promise<readonly DataTranslation[]>): { warm(): void; stop(): void } {
  // Kept by the events array: the relations arriving after the first screen make a new dataset, not new events.
  const indexes = new WeakMap<Dataset['events'], Promise<SearchIndex>>();
  const indexOf = (dataset: Dataset): Promise<SearchIndex> => {
    let index = indexes.get(dataset.events);
    if (!index) {
      index = translations().then((more) => buildSearchIndex(searchDocuments(dataset, more)));
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
  const answer = (): void => {
    const { query, dataset } = store.getState();
    if (query === '') return;
    void indexOf(dataset).then((index) => {
      const { ids, terms } = index.search(query);
      const inArticles = articlesHolding(dataset.sources, articleIndexOf(dataset.sources).search(query).ids, terms);
      store.getState().setSearchMatches(query, ids, { terms, ...inArticles });
    });
  };
  const stop = store.subscribe((s) => [s.query, s.dataset.events] as const, answer, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
  });
  answer();
  return { warm: () => void indexOf(store.getState().dataset), stop };
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
  holding: ReadonlySet<string>,
  terms: readonly string[],
): { inArticles: { sourceId: string; count: number }[]; moreArticles: number } {
  const named: { sourceId: string; count: number }[] = [];
  for (const source of sources) {
    if (named.length === ARTICLES_NAMED) break;
    if (holding.has(source.id)) named.push({ sourceId: source.id, count: countMatches(source.text, terms).count });
  }
  return { inArticles: named, moreArticles: holding.size - named.length };
}
