import { DEFAULT_LANGUAGE, type Language, languageFolder, languageOfPath } from '../i18n/languages';
import type { Dataset, DataProblem, TimelineEvent } from '../model/types';
import { eventWithId } from '../store/selectors';
import type { AppState, PageState } from '../store/store';
import { eventIdFromPath, siteRootOf } from './eventPage';
import { sameView } from './permalinkWindow';
import { type EventsById, type PermalinkView, resolvePermalink } from './resolvePermalink';
import { serialiseViewParams } from './serialiseViewParams';
import { parseViewParams } from './viewParams';

/** The dataset's events by id (a Map's get: `__proto__` is just an unknown id). */
const eventsById = (dataset: Dataset): EventsById => ({ get: (id) => eventWithId(dataset.events, id) });

/** What a permalink's query string opens in this dataset. */
export const readPermalink = (search: string, dataset: Dataset): PermalinkView =>
  resolvePermalink(parseViewParams(search), eventsById(dataset));

/**
 * The state a page starts in when opened with `search`, speaking `language`: the permalink's view, selection,
 * marked date and notices, and the language it names, kept in the URL.
 */
export function pageStateFor(
  search: string,
  dataset: Dataset,
  datasetProblems: readonly DataProblem[],
  language: Language = DEFAULT_LANGUAGE,
): Partial<PageState> {
  const opened = readPermalink(search, dataset);
  return {
    language,
    langParam: opened.lang,
    dataset,
    datasetProblems,
    view: opened.view,
    selectedId: opened.selectedId,
    markedDate: opened.markedDate,
    query: opened.query,
    notices: opened.notices,
  };
}

type ViewState = Pick<AppState, 'dataset' | 'selectedId' | 'view' | 'langParam' | 'query'>;

/** True when a query string already opens what the reader sees, so the URL need not change. */
export function describesView(search: string, state: ViewState): boolean {
  const opened = readPermalink(search, state.dataset);
  return (
    opened.notices.length === 0 &&
    opened.selectedId === state.selectedId &&
    opened.lang === state.langParam &&
    opened.query === state.query &&
    sameView(state.view, opened.view)
  );
}

export const selectedEvent = (state: ViewState): TimelineEvent | null =>
  state.selectedId === null ? null : (eventWithId(state.dataset.events, state.selectedId) ?? null);

/** The query string of the view the reader sees (with the language it was asked in, when `withLang`). */
export const viewSearch = (state: ViewState, withLang = true): string =>
  serialiseViewParams({ view: state.view, selected: selectedEvent(state), lang: withLang ? state.langParam : null, query: state.query });

/**
 * The URL of what the reader sees: the page's own path and fragment, with the query string of the view.
 * On an event page that the reader has moved away from, the root page of its language with that query.
 */
export function urlFor(state: ViewState, page: Pick<Location, 'pathname' | 'hash' | 'href'>): string {
  const path =
    eventIdFromPath(page.pathname) === null
      ? page.pathname
      : new URL(languageFolder(languageOfPath(page.pathname)) || './', siteRootOf(page.href)).pathname;
  return `${path}${viewSearch(state)}${page.hash}`;
}
