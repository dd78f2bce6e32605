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
  const answer = (): void => {
    const { query, dataset } = store.getState();
    if (query === '') return;
    void indexOf(dataset).then((index) => {
      const { ids, terms } = index.search(query);
      store.getState().setSearchMatches(query, ids, { terms, inArticles: articlesHolding(dataset, terms) });
    });
  };
  const stop = store.subscribe((s) => [s.query, s.dataset.events] as const, answer, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
  });
  answer();
  return { warm: () => void indexOf(store.getState().dataset), stop };
}

/** The articles whose text holds every term (as a word or a word's start), with how many words of it match. */
function articlesHolding(dataset: Dataset, terms: readonly string[]): { sourceId: string; count: number }[] {
  if (terms.length === 0) return [];
  return dataset.sources.flatMap((source) => {
    const { count, allTerms } = countMatches(source.text, terms);
    return allTerms ? [{ sourceId: source.id, count }] : [];
  });
}
