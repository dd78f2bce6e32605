import type { AppStore } from '../store/store';
import { pageSearch } from './eventPage';
import { describesView, readPermalink, urlFor } from './permalink';

/** The query string this page opens: on an event page, its event unless the query names another. */
export const thisPageSearch = (): string => pageSearch(location.pathname, location.search);

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
 * Opens a permalink on a page already running (Back, Forward): its selection, marked date and a notice for
 * each value it could not use, and the view, moved to at once.
 */
export function openPermalink(store: AppStore, search: string): void {
  const state = store.getState();
  const opened = readPermalink(search, state.dataset);
  for (const notice of opened.notices) state.addNotice(notice);
  state.select(opened.selectedId);
  state.setMarkedDate(opened.markedDate);
  state.setQuery(opened.query);
  void state.moveView(opened.view, { animate: false });
}

/**
 * Keeps the URL and the store in step: the view is written (replacing the entry) once it comes to rest, a
 * selection is written as a new history entry, and Back/Forward reopen the entry's view and selection. A
 * permalink with values the page could not use is rewritten at once to what is shown, so a reload shows it
 * cleanly. With `replaceOnly` (the embed: a frame must not add entries to its host page's history) every
 * write replaces. Returns the function that stops it.
 */
export function startHistorySync(store: AppStore, { replaceOnly = false } = {}): () => void {
  let opening = false;

  const write = (mode: 'push' | 'replace') => {
    const state = store.getState();
    if (describesView(thisPageSearch(), state)) return;
    writeHistory(replaceOnly ? 'replace' : mode, urlFor(state, location));
  };

  const stopView = store.subscribe(
    (s) => (s.viewAtRest ? s.view : null),
    (restingOn) => {
      if (restingOn && !opening) write('replace');
    },
  );
  // A search is written as it is typed, replacing the entry: Back goes to the page before, not to each letter.
  const stopQuery = store.subscribe(
    (s) => s.query,
    () => {
      if (!opening) write('replace');
    },
  );
  const stopSelection = store.subscribe(
    (s) => s.selectedId,
    (id) => {
      if (!opening) write(id === null ? 'replace' : 'push');
    },
  );
  const onPopState = () => {
    opening = true;
    try {
      openPermalink(store, thisPageSearch());
    } finally {
      opening = false;
    }
  };
  window.addEventListener('popstate', onPopState);
  write('replace');
  return () => {
    stopView();
    stopQuery();
    stopSelection();
    window.removeEventListener('popstate', onPopState);
  };
}
