import { DEFAULT_LANGUAGE, languageFolder, languageOfPath } from '../i18n/languages';
import type { AppState, AppStore } from '../store/store';
import { eventIdFromPath, eventPagePath, pageSearch, siteRootOf } from '../url/eventPage';
import { thisPageSearch } from '../url/history';
import { describesView, urlFor, viewSearch } from '../url/permalink';

/** The view as a link names it outside the address bar: its language is in its folder (`ko/`), not in `?lang=`. */
const inFolder = (state: AppState): AppState => ({ ...state, langParam: null });

/**
 * The full timeline on the view the reader sees, in the language the reader reads: the event's own page when
 * the view is the one that page opens (so the link previews with the event's title and quote), else the root
 * page of that language with the view's query.
 */
export function fullTimelinePermalink(store: AppStore): string {
  const state = inFolder(store.getState());
  const root = siteRootOf(location.href);
  const id = state.selectedId;
  const page = id === null ? null : eventPagePath(id, state.language);
  if (page !== null && describesView(pageSearch(`/${page}`, ''), state)) return new URL(page, root).href;
  return new URL(`${languageFolder(state.language) || './'}${viewSearch(state)}`, root).href;
}

/**
 * The link to share: the event's own page when the view is the one that page opens, else the address bar's URL
 * when it already opens this view in this language, else a freshly written one.
 */
export function currentPermalink(store: AppStore): string {
  const link = fullTimelinePermalink(store);
  if (eventIdFromPath(new URL(link).pathname) !== null) return link;
  const state = store.getState();
  // A page whose language came from `?lang=` or the browser is shared in its language's own folder.
  if (state.langParam !== null || languageOfPath(location.pathname) !== state.language) return link;
  // A shared link names the view, not the spot on the page a skip link jumped to (#events-heading).
  const shared = describesView(thisPageSearch(), state) ? new URL(location.href) : new URL(urlFor(state, location), location.href);
  shared.hash = '';
  return shared.href;
}

/** The embed (embed.html) on the view the reader sees, in the reader's language. */
export function embedPermalink(store: AppStore): string {
  const state = store.getState();
  const lang = state.language === DEFAULT_LANGUAGE ? null : state.language;
  return new URL(`embed.html${viewSearch({ ...state, langParam: lang })}`, siteRootOf(location.href)).href;
}
