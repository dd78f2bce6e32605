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

/** What a query finds: the documents, and the terms it looked for (to highlight them). */
export interface SearchResult {
  /** The positions of the documents found in the indexed array, ascending (its order, the dataset's date order). */
  readonly found: Int32Array;
  readonly terms: readonly string[];
}

export interface SearchIndex {
  /** The documents that hold every term of the query, each as a word or the start of one; none for an empty query. */
  search(query: string): SearchResult;
}

/** The longest query read: a search is a few words; a pasted page is cut to its start. */
export const QUERY_MAX_LENGTH = 200;

const FIELDS = ['names', 'notes', 'quotes'] as const;

/**
 * An inverted index of the events' words: every term (as normalizeText writes it, cut by wordsOf, so Korean and
 * Japanese are cut into words as English is) with the documents that hold it, the terms sorted so that the terms
 * a prefix starts are one run of the array, found by binary search. Every term of a query must match (AND), each
 * as a whole word or the start of one ("GSOM" finds "GSOMIA", "수출" finds "수출을"). Matches are listed in date
 * order, not ranked, so nothing is scored: at 100,000 events a query costs what its terms' postings do.
 */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const index = createSearchIndexBuilder(documents.length, (at) => documents[at]).advance(() => false);
  if (!index) throw new Error('a build that is never stopped always completes');
  return index;
}

/** An index built a few documents at a time, so that a page stays answering while it is made. */
export interface SearchIndexBuilder {
  /** Indexes documents until `stop` says so (asked after each document): the index once all are in, else undefined. */
  advance(stop: () => boolean): SearchIndex | undefined;
}

/**
 * The builder of buildSearchIndex's index over `count` documents, for building it in slices (in a browser's idle
 * time); each document is asked for when its turn comes, so that making them is sliced too.
 */
export function createSearchIndexBuilder(count: number, documentAt: (at: number) => SearchDocument | undefined): SearchIndexBuilder {
  const postings = new Map<string, number[]>();
  let next = 0;
  let index: SearchIndex | undefined;
  const add = (document: SearchDocument, at: number): void => {
    for (const field of FIELDS) {
      for (const text of document[field]) {
        for (const term of termsOf(text)) {
          const list = postings.get(term);
          if (!list) postings.set(term, [at]);
          else if (list[list.length - 1] !== at) list.push(at);
        }
      }
    }
  };
  return {
    advance(stop) {
      const from = next;
      while (next < count) {
        const document = documentAt(next);
        if (document) add(document, next);
        next++;
        if (next < count && stop()) return undefined;
      }
      // Sorting the terms (at 100,000 events, about 20 ms in one piece) starts a slice of its own.
      if (!index && next > from && stop()) return undefined;
      return (index ??= searchIndexOf(postings, count));
    },
  };
}

/** The index over the postings of `documentCount` documents. */
function searchIndexOf(postings: ReadonlyMap<string, number[]>, documentCount: number): SearchIndex {
  const terms = [...postings.keys()].sort();
  const lists = terms.map((term) => postings.get(term) ?? []);

  /**
   * Which documents each term of the query has kept in the running, one buffer for every query: a query's rounds
   * are numbered on from the last query's, so the buffer is neither made nor cleared per key (at 100,000 documents,
   * that is garbage and a pass of its own).
   */
  const seen = new Uint32Array(documentCount);
  let lastRound = 0;

  /** Marks `round` on every document holding a word that starts with `prefix` and marked `round - 1` (any, if `first`). */
  const markPrefix = (prefix: string, round: number, first: boolean): void => {
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((terms[mid] ?? '') < prefix) low = mid + 1;
      else high = mid;
    }
    for (let t = low; t < terms.length && (terms[t] ?? '').startsWith(prefix); t++) {
      // A document stays in the running only if every earlier term marked it.
      for (const at of lists[t] ?? []) if (first || seen[at] === round - 1) seen[at] = round;
    }
  };

  return {
    search(query) {
      const wanted = [...new Set(termsOf(query.slice(0, QUERY_MAX_LENGTH)))];
      if (wanted.length === 0) return { found: new Int32Array(0), terms: [] };
      // The reader's text is only text: each term a word or a word's start, never a pattern.
      if (lastRound > 0xf0000000) {
        seen.fill(0);
        lastRound = 0;
      }
      const from = lastRound;
      wanted.forEach((term, i) => markPrefix(term, from + i + 1, i === 0));
      const done = (lastRound = from + wanted.length);
      let count = 0;
      for (let at = 0; at < seen.length; at++) if (seen[at] === done) count++;
      const found = new Int32Array(count);
      for (let at = 0, k = 0; at < seen.length; at++) if (seen[at] === done) found[k++] = at;
      return { found, terms: wanted };
    },
  };
}
