import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { EventMatches } from '../core/eventMatches';
import { revealEvent, windowForEvent } from '../core/focusWindow';
import { FULL_RANGE, type ViewWindow, clampWindow, sameWindow } from '../core/viewWindow';
import type { I18n } from '../i18n/i18n';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import type { PartialDate } from '../model/partialDate';
import type { DataProblem, Dataset, Tag, TimelineEvent } from '../model/types';
import type { ViewHandle } from './viewHandle';

/** A short message to the reader about something the app could not use, and what it did instead. */
export interface Notice {
  readonly id: string;
  /** The message in the page's language, written when shown. */
  readonly text: (i18n: I18n) => string;
}

export interface Filters {
  /** Empty means every tag. */
  readonly tags: readonly Tag[];
  /** Empty means every source. */
  readonly sources: readonly string[];
}

/** What a page starts with: everything but the actions and the mounted view. */
export interface PageState {
  /** The language the page speaks. */
  readonly language: Language;
  /** The language its permalink named (`?lang=`), kept in the URL as the reader moves; null when none did. */
  readonly langParam: Language | null;
  readonly dataset: Dataset;
  readonly datasetProblems: readonly DataProblem[];
  /** The visible window: the one the timeline reports as it moves, or where it will open. */
  readonly view: ViewWindow;
  readonly selectedId: string | null;
  readonly filters: Filters;
  /** What the reader searches for ('' for no search). */
  readonly query: string;
  readonly notices: readonly Notice[];
  /** A date a permalink pointed at, marked on the timeline. */
  readonly markedDate: PartialDate | null;
  /** The source whose article view is open. */
  readonly articleSourceId: string | null;
  /** The quote the article view scrolls to ("Show in article"); a new object for every request, so asking again scrolls again. */
  readonly articlePassage: { readonly quote: string } | null;
}

export interface AppState extends PageState {
  /** The mounted timeline, which carries out moves; null while none is mounted (on the server, before the first render). */
  readonly viewHandle: ViewHandle | null;
  /** False from the start of a move until it has come to rest (see the timeline's settle rule). */
  readonly viewAtRest: boolean;
  /**
   * The events the query finds, once the search index has answered; null while there is no query or no answer
   * yet (then nothing is dimmed or left out).
   */
  readonly searchMatches: EventMatches | null;
  /** The search, once its index is built: a query typed then is answered in the same update that takes it. */
  readonly searchHandle: SearchHandle | null;
  /** What else the answer says: the terms looked for (to mark them) and how often each article's text holds them. */
  readonly searchDetail: SearchDetail;

  loadDataset(dataset: Dataset, problems?: readonly DataProblem[]): void;
  /** The timeline registers itself when it mounts and unregisters (null) when it goes. */
  registerView(handle: ViewHandle | null): void;
  /** The timeline reports the window on screen, every frame of a move. */
  reportView(window: ViewWindow): void;
  /** The timeline reports that a move has begun. */
  reportMoving(): void;
  /** The timeline reports that the view has come to rest, on this window. */
  reportRest(window: ViewWindow): void;
  /**
   * Moves the view, through the mounted timeline (animated unless told otherwise or the reader prefers less
   * motion); with none mounted, the window is simply the one it will open on. Resolves once there.
   */
  moveView(window: ViewWindow, options?: { readonly animate?: boolean }): Promise<void>;
  /** Resolves once the view is at rest: at once, or when the move under way has settled. */
  whenViewAtRest(): Promise<void>;
  select(id: string | null): void;
  /**
   * Selects an event and moves the timeline to it: `go` (from the list or the article) shows it at its own
   * zoom, so its mark stands on its own; `reveal` (the next event) makes the least move that shows it.
   */
  goToEvent(event: TimelineEvent, how?: 'go' | 'reveal'): Promise<void>;
  setFilters(filters: Partial<Filters>): void;
  /** A new query: answered at once by the search's handle when it can, else its matches are forgotten until the index answers. */
  setQuery(query: string): void;
  /** The index's answer to a query, taken only while that query is still the reader's. */
  setSearchMatches(query: string, matches: EventMatches, detail?: SearchDetail): void;
  /** The search registers its handle once it can answer at once, and unregisters (null) when it stops. */
  registerSearch(handle: SearchHandle | null): void;
  addNotice(notice: Notice): void;
  dismissNotice(id: string): void;
  setMarkedDate(date: PartialDate | null): void;
  openArticle(sourceId: string | null): void;
  showInArticle(sourceId: string, quote: string): void;
}

const EMPTY_DATASET: Dataset = { sources: [], events: [] };

export const EMPTY_PAGE: PageState = {
  language: DEFAULT_LANGUAGE,
  langParam: null,
  dataset: EMPTY_DATASET,
  datasetProblems: [],
  view: FULL_RANGE,
  selectedId: null,
  filters: { tags: [], sources: [] },
  query: '',
  notices: [],
  markedDate: null,
  articleSourceId: null,
  articlePassage: null,
};

/**
 * A store for one page: the one place its state lives, actions beside the state they change. Each render
 * (a page in the browser, each page the build prerenders, each test) makes its own, complete from the
 * start, so that the server and the browser render the same first state and nothing leaks between pages.
 */
/** A search's answer besides its events: the terms it looked for, and the articles whose text holds all of them. */
export interface SearchDetail {
  readonly terms: readonly string[];
  /** The first articles (in the dataset's order) that hold every term, with how many times its text holds one. */
  readonly inArticles: readonly { readonly sourceId: string; readonly count: number }[];
  /** How many more articles hold every term (an archive's search can find thousands; a few are named). */
  readonly moreArticles: number;
}

const NO_SEARCH_DETAIL: SearchDetail = { terms: [], inArticles: [], moreArticles: 0 };

/** A search's whole answer to a query. */
export interface SearchAnswer {
  readonly matches: EventMatches;
  readonly detail: SearchDetail;
}

/** Answers a query over a dataset at once, or undefined when it cannot yet (its index for those events not built). */
export type SearchHandle = (query: string, dataset: Dataset) => SearchAnswer | undefined;

export function createAppStore(initial: Partial<PageState> = {}) {
  return createStore<AppState>()(
    subscribeWithSelector((set, get, api) => ({
      ...EMPTY_PAGE,
      ...initial,
      viewHandle: null,
      viewAtRest: true,
      searchMatches: null,
      searchDetail: NO_SEARCH_DETAIL,
      searchHandle: null,
      loadDataset: (dataset, problems = []) => set({ dataset, datasetProblems: problems }),
      registerView: (handle) => set(handle === null ? { viewHandle: null, viewAtRest: true } : { viewHandle: handle }),
      reportView: (window) => set({ view: clampWindow(window) }),
      reportMoving: () => set({ viewAtRest: false }),
      reportRest: (window) => set({ view: clampWindow(window), viewAtRest: true }),
      moveView: (window, options) => {
        const handle = get().viewHandle;
        if (handle) return handle.moveTo(window, options);
        set({ view: clampWindow(window) });
        return Promise.resolve();
      },
      whenViewAtRest: () =>
        get().viewAtRest
          ? Promise.resolve()
          : new Promise<void>((resolve) => {
              const stop = api.subscribe(
                (s) => s.viewAtRest,
                (atRest) => {
                  if (!atRest) return;
                  stop();
                  resolve();
                },
              );
            }),
      // Choosing an event makes it the focus: a marked date's marker has done its job.
      select: (id) => set(id === null ? { selectedId: null } : { selectedId: id, markedDate: null }),
      goToEvent: (event, how = 'go') => {
        const { view, select, moveView } = get();
        select(event.id);
        const target = how === 'go' ? windowForEvent(event) : revealEvent(view, event);
        return sameWindow(target, view) ? Promise.resolve() : moveView(target);
      },
      setFilters: (filters) => set({ filters: { ...get().filters, ...filters } }),
      setQuery: (query) => {
        const { query: before, searchHandle, dataset } = get();
        if (query === before) return;
        // One update for the query and its answer: the page is drawn once per key, with the matches.
        const answer = query === '' ? undefined : searchHandle?.(query, dataset);
        set({ query, searchMatches: answer?.matches ?? null, searchDetail: answer?.detail ?? NO_SEARCH_DETAIL });
      },
      setSearchMatches: (query, matches, detail = NO_SEARCH_DETAIL) => {
        if (query === get().query)
          set(query === '' ? { searchMatches: null, searchDetail: NO_SEARCH_DETAIL } : { searchMatches: matches, searchDetail: detail });
      },
      registerSearch: (handle) => set({ searchHandle: handle }),
      addNotice: (notice) => set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice] }),
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
      setMarkedDate: (date) => set({ markedDate: date }),
      openArticle: (sourceId) => set({ articleSourceId: sourceId, articlePassage: null }),
      showInArticle: (sourceId, quote) => set({ articleSourceId: sourceId, articlePassage: { quote } }),
    })),
  );
}

/** A page's store: its state with actions, subscribable by selector. */
export type AppStore = ReturnType<typeof createAppStore>;
