import { useEffect } from 'react';
import { sameWindow } from '../core/viewWindow';
import type { Dataset, TimelineEvent } from '../model/types';
import { type AppState, useAppStore } from '../store/store';
import { sameView } from '../url/linkedView';
import { eventIdFromPath, eventPagePath, pageSearch, siteRootOf } from '../url/eventPage';
import { type LinkedView, resolveViewLink } from '../url/resolveViewLink';
import { serialiseViewParams } from '../url/serialiseViewParams';
import { parseViewParams } from '../url/viewParams';

/** How long the view must rest before the URL follows it: a gesture has settled, not every frame. */
export const URL_SETTLE_MS = 300;

const byId = new WeakMap<Dataset, ReadonlyMap<string, TimelineEvent>>();

/** The dataset's events by id, built once per dataset. A Map: `__proto__` is just an unknown id. */
function eventsById(dataset: Dataset): ReadonlyMap<string, TimelineEvent> {
  let map = byId.get(dataset);
  if (!map) {
    map = new Map(dataset.events.map((e) => [e.id, e]));
    byId.set(dataset, map);
  }
  return map;
}

const readLink = (search: string, state: AppState): LinkedView => resolveViewLink(parseViewParams(search), eventsById(state.dataset));

/** True when a query string already opens what the reader sees, so the URL need not change. */
function linkDescribes(search: string, state: AppState): boolean {
  const linked = readLink(search, state);
  return linked.notices.length === 0 && linked.selectedId === state.selectedId && sameView(state.view, linked.view);
}

/** The query string this page opens: on an event page, its event unless the query names another. */
const thisPageSearch = (): string => pageSearch(location.pathname, location.search);

const selectedEvent = (state: AppState): TimelineEvent | null =>
  state.selectedId === null ? null : (eventsById(state.dataset).get(state.selectedId) ?? null);

/**
 * The URL of what the reader sees: the page's own path and fragment, with the query string of the view.
 * On an event page that the reader has moved away from, the site's root page with that query.
 */
function urlFor(state: AppState): string {
  const selected = selectedEvent(state);
  const path = eventIdFromPath(location.pathname) === null ? location.pathname : new URL(siteRootOf(location.href)).pathname;
  return `${path}${serialiseViewParams({ view: state.view, selected })}${location.hash}`;
}

/**
 * Writes the address bar. The URL is a convenience, never worth breaking the page for: browsers may
 * refuse (Safari limits how often history may change; some hosts forbid it), and then it stays as it was.
 */
function writeHistory(mode: 'push' | 'replace', url: string): void {
  try {
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  } catch {
    // Left as it was; Copy link still gives the current view's link.
  }
}

/**
 * The link to share: the event's own page when the view is the one that page opens (so the link
 * previews with the event's title and quote), else the address bar's URL when it already opens this
 * view, else a freshly written one.
 */
export function currentViewLink(): string {
  const state = useAppStore.getState();
  const link = fullTimelineLink();
  if (eventIdFromPath(new URL(link).pathname) !== null) return link;
  // A shared link names the view, not the spot on the page a skip link jumped to (#events-heading).
  const shared = linkDescribes(thisPageSearch(), state) ? new URL(location.href) : new URL(urlFor(state), location.href);
  shared.hash = '';
  return shared.href;
}

/** The full timeline on the view the reader sees: the event's page, or the site's root page with the view's query. */
export function fullTimelineLink(): string {
  const state = useAppStore.getState();
  const id = state.selectedId;
  if (id !== null && linkDescribes(pageSearch(`/${eventPagePath(id)}`, ''), state))
    return new URL(eventPagePath(id), siteRootOf(location.href)).href;
  return new URL(`./${serialiseViewParams({ view: state.view, selected: selectedEvent(state) })}`, siteRootOf(location.href)).href;
}

/**
 * Puts a link's view, selection and marked date into the store, and a notice for each value it could
 * not use. At startup (before the first render) the view is also set directly, so that the timeline
 * mounts on it; later (Back, Forward) the timeline on screen is asked to jump there.
 */
export function openLink(search: string, { atStartup = false } = {}): void {
  const state = useAppStore.getState();
  const linked = readLink(search, state);
  for (const notice of linked.notices) state.addNotice(notice);
  state.select(linked.selectedId);
  state.setLinkedDate(linked.linkedDate);
  if (!sameWindow(linked.view, state.view)) {
    if (atStartup) state.setView(linked.view);
    state.requestView(linked.view, { animate: false });
  }
  // A link with values it could not use is rewritten to what is shown, so a reload shows it cleanly.
  if (linked.notices.length > 0) writeHistory('replace', urlFor(useAppStore.getState()));
}

/**
 * Keeps the URL and the store in step: the view is written (replacing the entry) once a gesture settles,
 * a selection is written as a new history entry, and Back/Forward reopen the entry's view and selection.
 * With `replaceOnly` (the embed: a frame must not add entries to its host page's history) every write
 * replaces. Returns the function that stops it.
 */
export function startUrlSync({ replaceOnly = false } = {}): () => void {
  let settle: ReturnType<typeof setTimeout> | undefined;
  let opening = false;

  const write = (mode: 'push' | 'replace') => {
    clearTimeout(settle);
    const state = useAppStore.getState();
    if (linkDescribes(thisPageSearch(), state)) return;
    writeHistory(replaceOnly ? 'replace' : mode, urlFor(state));
  };

  const stopView = useAppStore.subscribe(
    (s) => s.view,
    () => {
      if (opening) return;
      clearTimeout(settle);
      settle = setTimeout(() => write('replace'), URL_SETTLE_MS);
    },
  );
  const stopSelection = useAppStore.subscribe(
    (s) => s.selectedId,
    (id) => {
      if (!opening) write(id === null ? 'replace' : 'push');
    },
  );
  const onPopState = () => {
    clearTimeout(settle);
    opening = true;
    try {
      openLink(thisPageSearch());
    } finally {
      opening = false;
    }
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    clearTimeout(settle);
    stopView();
    stopSelection();
    window.removeEventListener('popstate', onPopState);
  };
}

/** Keeps the URL and the store in step while the page is open. */
export function useUrlSync({ replaceOnly = false } = {}): void {
  useEffect(() => startUrlSync({ replaceOnly }), [replaceOnly]);
}
