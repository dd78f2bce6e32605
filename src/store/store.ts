import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { FULL_RANGE, type ViewWindow, clampWindow } from '../core/viewWindow';
import type { PartialDate } from '../model/partialDate';
import type { DataProblem, Dataset, Tag } from '../model/types';

/** A short message to the reader about something the app could not use, and what it did instead. */
export interface Notice {
  readonly id: string;
  readonly message: string;
}

/** A move made by code (fit all, go to an event). The timeline carries it out through d3-zoom. */
export interface ViewRequest {
  readonly window: ViewWindow;
  readonly animate: boolean;
  /** Increases with every request, so that the same window can be asked for twice. */
  readonly seq: number;
}

export interface Filters {
  /** Empty means every tag. */
  readonly tags: readonly Tag[];
  /** Empty means every source. */
  readonly sources: readonly string[];
}

export interface AppState {
  readonly dataset: Dataset;
  readonly datasetProblems: readonly DataProblem[];
  /** The visible window; written by the timeline as d3-zoom moves. */
  readonly view: ViewWindow;
  readonly viewRequest: ViewRequest | null;
  readonly selectedId: string | null;
  readonly filters: Filters;
  readonly notices: readonly Notice[];
  /** A date a deep link pointed at, marked on the timeline. */
  readonly linkedDate: PartialDate | null;
  /** The source whose article view is open. */
  readonly articleSourceId: string | null;
  /** The quote the article view scrolls to ("Show in article"); a new object for every request, so asking again scrolls again. */
  readonly articlePassage: { readonly quote: string } | null;

  loadDataset(dataset: Dataset, problems?: readonly DataProblem[]): void;
  setView(window: ViewWindow): void;
  requestView(window: ViewWindow, options?: { animate?: boolean }): void;
  select(id: string | null): void;
  setFilters(filters: Partial<Filters>): void;
  addNotice(notice: Notice): void;
  dismissNotice(id: string): void;
  setLinkedDate(date: PartialDate | null): void;
  openArticle(sourceId: string | null): void;
  showInArticle(sourceId: string, quote: string): void;
}

const EMPTY_DATASET: Dataset = { sources: [], events: [] };

export const initialState = {
  dataset: EMPTY_DATASET,
  datasetProblems: [],
  view: FULL_RANGE,
  viewRequest: null,
  selectedId: null,
  filters: { tags: [], sources: [] },
  notices: [],
  linkedDate: null,
  articleSourceId: null,
  articlePassage: null,
} satisfies Partial<AppState>;

/** The one place state lives. Actions sit beside the state they change. */
export const useAppStore = create<AppState>()(
  subscribeWithSelector((set, get) => ({
    ...initialState,
    loadDataset: (dataset, problems = []) => set({ dataset, datasetProblems: problems }),
    setView: (window) => set({ view: clampWindow(window) }),
    requestView: (window, options) =>
      set({
        viewRequest: { window: clampWindow(window), animate: options?.animate ?? true, seq: (get().viewRequest?.seq ?? 0) + 1 },
      }),
    // Choosing an event makes it the focus: a linked date's marker has done its job.
    select: (id) => set(id === null ? { selectedId: null } : { selectedId: id, linkedDate: null }),
    setFilters: (filters) => set({ filters: { ...get().filters, ...filters } }),
    addNotice: (notice) => set({ notices: [...get().notices.filter((n) => n.id !== notice.id), notice] }),
    dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    setLinkedDate: (date) => set({ linkedDate: date }),
    openArticle: (sourceId) => set({ articleSourceId: sourceId, articlePassage: null }),
    showInArticle: (sourceId, quote) => set({ articleSourceId: sourceId, articlePassage: { quote } }),
  })),
);

/** Puts the store back to its first state (tests, and the benchmark page between datasets). */
export const resetAppStore = (): void => useAppStore.setState(initialState);
