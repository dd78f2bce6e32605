import type { AppStore } from '../store/store';
import { eventIdFromPath, eventPagePath, pageSearch, siteRootOf } from '../url/eventPage';
import { thisPageSearch } from '../url/history';
import { describesView, urlFor, viewSearch } from '../url/permalink';

/**
 * The full timeline on the view the reader sees: the event's own page when the view is the one that page
 * opens (so the link previews with the event's title and quote), else the site's root page with the view's query.
 */
export function fullTimelinePermalink(store: AppStore): string {
  const state = store.getState();
  const id = state.selectedId;
  if (id !== null && describesView(pageSearch(`/${eventPagePath(id)}`, ''), state))
    return new URL(eventPagePath(id), siteRootOf(location.href)).href;
  return new URL(`./${viewSearch(state)}`, siteRootOf(location.href)).href;
}

/**
 * The link to share: the event's own page when the view is the one that page opens, else the address bar's
 * URL when it already opens this view, else a freshly written one.
 */
export function currentPermalink(store: AppStore): string {
  const link = fullTimelinePermalink(store);
  if (eventIdFromPath(new URL(link).pathname) !== null) return link;
  const state = store.getState();
  // A shared link names the view, not the spot on the page a skip link jumped to (#events-heading).
  const shared = describesView(thisPageSearch(), state) ? new URL(location.href) : new URL(urlFor(state, location), location.href);
  shared.hash = '';
  return shared.href;
}

/** The embed (embed.html) on the view the reader sees. */
export const embedPermalink = (store: AppStore): string =>
  new URL(`embed.html${viewSearch(store.getState())}`, siteRootOf(location.href)).href;
