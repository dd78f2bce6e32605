import { useMemo, useRef } from 'react';
import { useI18n } from '../i18n/useI18n';
import { positionInList, selectInViewCount, selectListedEvents, selectVisibleEvents } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { EventEntry } from './EventEntry';
import { EventFilters } from './EventFilters';
import { SearchInArticles } from './SearchInArticles';
import { type ListEntries, useWindowedList } from './useWindowedList';
import { STEP_KEYS_SCOPE } from './usePanelKeys';
import './panels.css';

export { WHOLE_LIST_MAX } from './useListWindow';

/**
 * Every event that passes the filters, in date order: the keyboard and screen-reader way through the
 * data. It follows the timeline's view, but a zoom frame re-renders only the count and the entries whose
 * "in view" changes; a long list renders only the entries near its scroll position.
 */
export function EventsList() {
  const events = useAppStore(selectListedEvents);
  const searching = useAppStore((s) => s.searchMatches !== null);
  const query = useAppStore((s) => s.query);
  const terms = useAppStore((s) => s.searchDetail.terms);
  const all = useAppStore((s) => s.dataset.events);
  const total = all.length;
  const selectedId = useAppStore((s) => s.selectedId);
  const { t } = useI18n();
  // "In view" on every entry says nothing; it is marked once the view leaves some events out.
  const someOutside = useAppStore((s) => selectInViewCount(s) < selectVisibleEvents(s).length);
  const listRef = useRef<HTMLOListElement>(null);
  const entries = useMemo<ListEntries>(
    () => ({ count: events.length, idAt: (i) => events[i]?.id, positionOf: (id) => positionInList(events, all, id) }),
    [events, all],
  );
  const { tabStop, children, listProps } = useWindowedList(listRef, entries, selectedId);

  const entry = (index: number) => {
    const event = events[index];
    return (
      event && (
        <EventEntry
          key={event.id}
          event={event}
          position={index + 1}
          setSize={events.length}
          selected={event.id === selectedId}
          tabStop={event.id === tabStop}
          showInView={someOutside}
          terms={terms}
        />
      )
    );
  };

  return (
    <section className="events-list" aria-labelledby="events-heading" {...STEP_KEYS_SCOPE}>
      <div className="events-head">
        <h2 id="events-heading" tabIndex={-1}>
          {t('list.heading')}
        </h2>
        <p className="events-count">
          <span role="status">
            {events.length === total ? t('list.count', { count: total }) : t('list.countOf', { count: total, shown: events.length })}
          </span>
          <InViewCount />
        </p>
      </div>
      <EventFilters />
      <SearchInArticles />
      <p id="events-keys" className="events-keys">
        {t('list.keys')}
      </p>
      {events.length === 0 ? (
        <p className="events-empty">{searching ? t('search.none', { query }) : t('list.empty')}</p>
      ) : (
        <ol className="events-scroll" ref={listRef} aria-describedby="events-keys" {...listProps}>
          {children(entry)}
        </ol>
      )}
    </section>
  );
}

/** "· 12 in the timeline's view": re-rendered alone as the view moves. */
function InViewCount() {
  const count = useAppStore(selectInViewCount);
  const { t } = useI18n();
  return <span className="muted"> · {t('list.inView', { count })}</span>;
}
