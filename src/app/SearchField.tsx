import { useEffect, useId, useRef } from 'react';
import { TIMELINE_LANGUAGES } from '../i18n/languages';
import { useI18n } from '../i18n/useI18n';
import type { DataTranslation } from '../model/translations';
import { positionInList, selectListedEvents } from '../store/selectors';
import type { AppStore } from '../store/store';
import { useAppStore, useAppStoreApi } from '../store/useAppStore';
import { onFirstUse } from '../panels/onFirstUse';
import './SearchField.css';

/** The search's code (its index): loaded when a reader first searches, not with the first screen. */
const loadSearch = onFirstUse(() => import('./searchController'));

/** Every language's translations, so an English page finds events by their Korean or Japanese words too. */
const translations = (): Promise<DataTranslation[]> =>
  Promise.all(
    TIMELINE_LANGUAGES.filter((l) => l !== 'en').map((l) =>
      import(`../data/translations/${l}.json`).then((m: { default: DataTranslation }) => m.default),
    ),
  );

const started = new WeakMap<AppStore, Promise<{ warm(): void }>>();
/** The search of a page's store, started once. */
function searchOf(store: AppStore): Promise<{ warm(): void }> {
  let search = started.get(store);
  if (!search) {
    search = loadSearch().then(({ startSearch }) => startSearch(store, translations));
    started.set(store, search);
  }
  return search;
}

/** Loads the search of a page's store and begins its index in idle time (once: later calls find it begun). */
const warmSearch = (store: AppStore): void => void searchOf(store).then((search) => search.warm());

/**
 * Up to this many events the search is fetched and indexed ahead of use: an index of 100,000 events holds about
 * 15 MB and takes a second of idle time; one of a million would hold ten times that, for a search the reader may
 * never make, and its building would meet the reader's first gestures.
 */
export const AHEAD_OF_USE_EVENTS = 200_000;

/** True when the reader's browser asks pages to save data (the Save-Data hint): nothing is fetched ahead of use. */
const savingData = (): boolean => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/** True when a key press is typing into a field, where `/` is a character and not a shortcut. */
const typing = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The header's search: matches as the reader types (each event's own words in every language, and its quotes),
 * dimming the rest on the timeline and leaving only the matches in the list. `/` comes here from anywhere; Enter
 * and ↓ go to the next match in date order, ↑ to the previous one, bringing it into view; Escape clears.
 */
export function SearchField() {
  const { t } = useI18n();
  const store = useAppStoreApi();
  const query = useAppStore((s) => s.query);
  const matches = useAppStore((s) => s.searchMatches);
  const field = useRef<HTMLInputElement>(null);
  const help = useId();

  // A search opened from a link starts at once. Otherwise the search is loaded and its index built in idle time
  // once the page has loaded (an archive's first key would wait a second for it), unless the reader asked to save
  // data or the dataset is larger than AHEAD_OF_USE_EVENTS, and at the latest when the reader reaches for the field
  // (below).
  useEffect(() => {
    if (store.getState().query !== '') void searchOf(store);
    let idle: number | undefined;
    const ahead = () => void (idle = requestIdleCallback(() => warmSearch(store)));
    const aheadOfUse =
      typeof requestIdleCallback === 'function' && !savingData() && store.getState().dataset.events.length <= AHEAD_OF_USE_EVENTS;
    if (aheadOfUse && document.readyState === 'complete') ahead();
    else if (aheadOfUse) window.addEventListener('load', ahead, { once: true });
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      field.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('load', ahead);
      if (idle !== undefined) cancelIdleCallback(idle);
      document.removeEventListener('keydown', onKey);
    };
  }, [store]);

  // Loaded, and its index begun, when the reader reaches for the field (a pointer over it, or focus), if the page's
  // idle time has not done it yet: the pointer is there before the click.
  const warm = () => warmSearch(store);

  /** The next (or previous) match in date order after the selected event, and the timeline brought to it. */
  const step = (direction: 1 | -1) => {
    const state = store.getState();
    if (state.searchMatches === null) return;
    const listed = selectListedEvents(state);
    if (listed.length === 0) return;
    const at = state.selectedId === null ? undefined : positionInList(listed, state.dataset.events, state.selectedId);
    const next = at === undefined ? (direction > 0 ? listed[0] : listed.at(-1)) : listed[(at + direction + listed.length) % listed.length];
    if (next) void state.goToEvent(next, 'reveal');
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === 'ArrowDown') step(1);
    else if (e.key === 'ArrowUp') step(-1);
    else if (e.key === 'Escape' && query !== '') store.getState().setQuery('');
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const count = matches?.size ?? 0;
  const said =
    query === ''
      ? ''
      : matches === null
        ? t('search.waiting', { query })
        : count === 0
          ? t('search.none', { query })
          : t('search.count', { count, query });
  return (
    <div role="search" className="search-field">
      <input
        ref={field}
        type="search"
        aria-label={t('search.label')}
        aria-describedby={help}
        placeholder={t('search.placeholder')}
        value={query}
        spellCheck={false}
        autoComplete="off"
        enterKeyHint="search"
        onPointerEnter={warm}
        onFocus={warm}
        onChange={(e) => store.getState().setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {query !== '' && (
        <button
          type="button"
          className="search-clear"
          aria-label={t('search.clear')}
          onClick={() => (store.getState().setQuery(''), field.current?.focus())}
        >
          ×
        </button>
      )}
      <span id={help} className="visually-hidden">
        {t('search.help')}
      </span>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
