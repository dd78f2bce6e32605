import MiniSearch from 'minisearch';
import { termsOf } from './normalize';

/** What an event is found by: its own words, in every language the data holds, and its quotes. */
export interface SearchDocument {
  readonly id: string;
  /** Titles and labels, in every language. */
  readonly names: readonly string[];
  /** Curator's notes, in every language. */
  readonly notes: readonly string[];
  /** The verbatim quotes. */
  readonly quotes: readonly string[];
}

/** What a query finds: the events, and the terms it looked for (to highlight them). */
export interface SearchResult {
  readonly ids: ReadonlySet<string>;
  readonly terms: readonly string[];
}

export interface SearchIndex {
  /** The events that hold every term of the query, each as a word or the start of one; none for an empty query. */
  search(query: string): SearchResult;
}

/** The longest query read: a search is a few words; a pasted page is cut to its start. */
export const QUERY_MAX_LENGTH = 200;

const FIELDS = ['names', 'notes', 'quotes'] as const;

/**
 * An index of the events' words (MiniSearch: prefix search over a radix tree, a few kilobytes, loaded when a reader
 * first searches). Terms come from Intl.Segmenter, so Korean and Japanese are cut into words as English is, and
 * are compared as normalizeText writes them. Every term of a query must match (AND), each as a whole word or the
 * start of one ("GSOM" finds "GSOMIA", "수출" finds "수출을").
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: [...FIELDS],
    idField: 'id',
    extractField: (document, field) => {
      const value = document[field as keyof SearchDocument];
      return Array.isArray(value) ? value.join('\n') : String(value);
    },
    tokenize: termsOf,
    // The tokenizer has normalized already.
    processTerm: (term) => term,
    searchOptions: { prefix: true, combineWith: 'AND' },
  });
  index.addAll(documents);
  return {
    search(query) {
      const terms = termsOf(query.slice(0, QUERY_MAX_LENGTH));
      if (terms.length === 0) return { ids: new Set(), terms: [] };
      // MiniSearch reads no query syntax: the reader's text is only text, each term a word or a word's start.
      const results = index.search({ combineWith: 'AND', queries: terms }, { prefix: true });
      return { ids: new Set(results.map((r) => String(r.id))), terms };
    },
  };
}
