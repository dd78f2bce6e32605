import { eventMatches } from '../core/eventMatches';
import type { DataTranslation } from '../model/translations';
import type { Dataset } from '../model/types';
import { type SearchIndex, type SearchIndexBuilder, createSearchIndexBuilder } from '../search/searchIndex';
import type { AppState, AppStore, SearchAnswer, SearchHandle } from '../store/store';
import { countMatches } from '../search/highlight';
import { searchDocumentOf } from './searchDocuments';

/**
 * The indexes of one dataset's events: their own words, and the texts of the articles (`sources`) they cite. The
 * articles' is built after the events' and is absent until then: a query is answered from the events first.
 */
interface Indexes {
  readonly events: SearchIndex;
  readonly articles?: SearchIndex;
  readonly sources: Dataset['sources'];
}

/** A slice run for a waiting query stops after this long, so that the reader's next key is not held up. */
const SLICE_MS = 8;

/** True while input waits for the page (Chromium's `navigator.scheduling.isInputPending`; never, where it is absent). */
const inputPending = (): boolean =>
  (globalThis.navigator as (Navigator & { scheduling?: { isInputPending?(): boolean } }) | undefined)?.scheduling?.isInputPending?.() ===
  true;

/** What the building of an index keeps pace with: a reader's query waiting for it, and the view being moved. */
interface Pace {
  readonly awaited: () => boolean;
  readonly moving: () => boolean;
}

/**
 * Runs a builder a slice at a time: while no one waits for it, in the browser's idle periods, each used to its end
 * or until input comes (the browser ends one before the next frame is due, and after 50 ms at most; a new one
 * begins only once the last has ended, so a shorter slice would leave most of the idle time unused, and input
 * would wait for the rest of a long one); while the reader moves the view, an idle slice ends after SLICE_MS, since
 * a gesture's next frame may be due before the period ends (in traces of the pan at 100,000 events, idle slices of
 * 38–49 ms ran among its frames; 8 ms since); once `awaited` says a reader's query waits, in slices of SLICE_MS back
 * to back (a task each, so input and frames come between). At 100,000 events the index takes a second or more to
 * build, and the page goes on answering meanwhile. Idle periods, not background tasks (`scheduler.postTask`): those
 * built it sooner but took the idle time the timeline lays out its zoom levels in, and frames of a zoom at 100,000
 * events were missed.
 */
function inSlices(builder: SearchIndexBuilder, { awaited, moving }: Pace): Promise<SearchIndex> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const slice = (deadline?: IdleDeadline): void => {
      const began = performance.now();
      // An idle callback run for its timeout (the page never idle for a second) has no idle time: it takes a slice.
      const idle = deadline !== undefined && !deadline.didTimeout;
      let asked = 0;
      // Input is looked for every 16 documents (well under a millisecond of work).
      const spent = () => performance.now() - began > SLICE_MS;
      const stop = idle ? () => deadline.timeRemaining() < 1 || (moving() && spent()) || (++asked % 16 === 0 && inputPending()) : spent;
      const index = builder.advance(stop);
      if (!index) return schedule();
      channel.port1.close();
      resolve(index);
    };
    channel.port1.onmessage = () => slice();
    const schedule = (): void => {
      if (!awaited() && typeof requestIdleCallback === 'function') requestIdleCallback(slice, { timeout: 1000 });
      // A message, not a zero-delay timeout, which browsers hold back by 4 ms once timeouts nest.
      else channel.port2.postMessage(null);
    };
    schedule();
  });
}

/** The index of a dataset's events' words (in every language given), in slices. */
const eventIndexOf = (events: Dataset['events'], translations: readonly DataTranslation[], pace: Pace): Promise<SearchIndex> =>
  inSlices(
    createSearchIndexBuilder(events.length, (at) => {
      const event = events[at];
      return event && searchDocumentOf(event, translations);
    }),
    pace,
  );

/** The index of the articles' texts, in slices: apart from the events', since a word of an article is not a word of the events it tells of. */
const articleIndexOf = (sources: Dataset['sources'], pace: Pace): Promise<SearchIndex> =>
  inSlices(
    createSearchIndexBuilder(sources.length, (at) => {
      const source = sources[at];
      return source && { id: source.id, names: [], notes: [], quotes: [source.text] };
    }),
    pace,
  );

/** True while the reader's query has no answer over the events now shown. */
const unanswered = (state: AppState): boolean => state.query !== '' && state.searchMatches?.events !== state.dataset.events;

/**
 * Answers the reader's query from an index of the page's dataset, built once per dataset when first needed (the
 * page's idle time after its first screen, or the reader's first query or reach for the field, if sooner) and kept
 * while the dataset lives. Once the events' index is built the store holds the search's handle, and a query is
 * answered in the same update that sets it; a query typed before (or over new events) is answered when their index
 * is ready, if it is still the reader's. The articles' index comes after the events', and the query then standing is
 * answered again with the articles that hold its words.
 */
export function startSearch(store: AppStore, translations: () => Promise<readonly DataTranslation[]>): { warm(): void; stop(): void } {
  // Kept by the events array: the relations arriving after the first screen make a new dataset, not new events.
  const indexes = new WeakMap<Dataset['events'], Promise<Indexes>>();
  const built = new WeakMap<Dataset['events'], Indexes>();
  let stopped = false;
  const pace: Pace = { awaited: () => unanswered(store.getState()), moving: () => !store.getState().viewAtRest };
  const indexOf = (dataset: Dataset): Promise<Indexes> => {
    let index = indexes.get(dataset.events);
    if (!index) {
      index = translations().then(async (more) => {
        const { events, sources } = dataset;
        const made: Indexes = { events: await eventIndexOf(events, more, pace), sources };
        built.set(events, made);
        // For the browser's performance tools (and the benchmark, which reports when the index was ready).
        performance.mark('search:indexed', { detail: { events: events.length } });
        void articleIndexOf(sources, pace).then((articles) => {
          built.set(events, { ...made, articles });
          performance.mark('search:articles-indexed', { detail: { articles: sources.length } });
          answerAgain(dataset);
        });
        return made;
      });
      indexes.set(dataset.events, index);
    }
    return index;
  };
  const answerWith = (index: Indexes, dataset: Dataset, query: string): SearchAnswer => {
    const { found, terms } = index.events.search(query);
    // Articles other than those indexed (a dataset with the same events and other sources) are not searched.
    const inArticles = index.articles ? articlesHolding(index.sources, index.articles.search(query).found, terms) : NO_ARTICLES;
    return { matches: eventMatches(dataset.events, found), detail: { terms, ...inArticles } };
  };
  /** The reader's query over `dataset` answered again, now that the articles are indexed too. */
  const answerAgain = (dataset: Dataset): void => {
    const state = store.getState();
    const index = built.get(dataset.events);
    if (stopped || !index || state.query === '' || state.dataset.events !== dataset.events) return;
    const { matches, detail } = answerWith(index, dataset, state.query);
    // The events found are as before: the same answer kept, so that only the articles' part renders again.
    const answered = state.searchMatches?.events === dataset.events ? state.searchMatches : matches;
    state.setSearchMatches(state.query, answered, detail);
  };
  const handle: SearchHandle = (query, dataset) => {
    const index = built.get(dataset.events);
    return index && answerWith(index, dataset, query);
  };
  const registered = (): void => {
    if (!stopped && store.getState().searchHandle !== handle) store.getState().registerSearch(handle);
  };
  const answer = (): void => {
    const { dataset } = store.getState();
    if (!unanswered(store.getState())) return;
    void indexOf(dataset).then(() => {
      registered();
      const state = store.getState();
      const index = built.get(dataset.events);
      // The query now, which may be newer than the one that asked: keys typed while the index was built wait for it.
      if (stopped || !index || state.dataset.events !== dataset.events || !unanswered(state)) return;
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

/** The articles' part of an answer before their index is built. */
const NO_ARTICLES = { inArticles: [], moreArticles: 0 } as const;

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
