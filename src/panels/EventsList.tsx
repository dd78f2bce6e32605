import { memo, useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { describeSpan } from '../model/describeDate';
import { hookDate } from '../model/partialDate';
import type { TimelineEvent } from '../model/types';
import { idsInWindow, selectVisibleEvents } from '../store/selectors';
import { useAppStore } from '../store/store';
import { EventFilters } from './EventFilters';
import { STATUS_WORDS, describeSourceCount } from './eventWords';
import { goToEvent } from './goToEvent';
import { STEP_KEYS_SCOPE } from './usePanelKeys';
import './panels.css';

/**
 * Every event that passes the filters, in date order: the keyboard and screen-reader way through the
 * data. It follows the timeline's view, but only re-renders when the set of events in view changes,
 * not on every zoom frame.
 */
export function EventsList() {
  const events = useAppStore(selectVisibleEvents);
  const total = useAppStore((s) => s.dataset.events.length);
  const selectedId = useAppStore((s) => s.selectedId);
  const inViewIds = useAppStore(useShallow((s) => idsInWindow(selectVisibleEvents(s), s.view)));
  const inView = useMemo(() => new Set(inViewIds), [inViewIds]);
  const listRef = useRef<HTMLOListElement>(null);
  // "In view" on every entry says nothing; it is marked once the view leaves some events out.
  const someOutside = inViewIds.length < events.length;

  useEffect(() => {
    const list = listRef.current;
    const entry = list && [...list.children].find((li) => li instanceof HTMLElement && li.dataset.eventId === selectedId);
    if (list && entry instanceof HTMLElement) keepInside(list, entry);
  }, [selectedId, events]);

  return (
    <section className="events-list" aria-labelledby="events-heading" {...STEP_KEYS_SCOPE}>
      <div className="events-head">
        <h2 id="events-heading" tabIndex={-1}>
          Events
        </h2>
        <p className="events-count">
          <span role="status">
            {events.length === total ? `${total} events` : `${events.length} of ${total} events`}
          </span>
          <span className="muted"> · {inViewIds.length} in the timeline’s view</span>
        </p>
      </div>
      <EventFilters />
      {events.length === 0 ? (
        <p className="events-empty">No event matches these filters.</p>
      ) : (
        <ol className="events-scroll" ref={listRef}>
          {events.map((event) => (
            <EventEntry key={event.id} event={event} selected={event.id === selectedId} inView={inView.has(event.id)} showInView={someOutside} />
          ))}
        </ol>
      )}
    </section>
  );
}

/** Scrolls the list itself (never the page, which would carry the timeline away) to show an entry. */
function keepInside(list: HTMLElement, entry: HTMLElement): void {
  const top = entry.offsetTop;
  const bottom = top + entry.offsetHeight;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
}

interface EntryProps {
  readonly event: TimelineEvent;
  readonly selected: boolean;
  readonly inView: boolean;
  readonly showInView: boolean;
}

const EventEntry = memo(function EventEntry({ event, selected, inView, showInView }: EntryProps) {
  return (
    <li
      className="event-entry"
      data-event-id={event.id}
      data-start={hookDate(event.start)}
      {...(event.end && { 'data-end': hookDate(event.end) })}
      {...(inView && { 'data-in-view': '' })}
      {...(showInView && { 'data-marks-view': '' })}
    >
      <button type="button" className="event-button" aria-current={selected ? 'true' : undefined} onClick={() => goToEvent(event)}>
        {/* The hidden punctuation keeps the parts apart when the button's name is read out as one line. */}
        <span className="event-date">{describeSpan(event)}</span>
        <span className="visually-hidden">: </span>
        <span className="event-title">{event.title}</span>
        <span className="visually-hidden">. </span>
        <span className="event-meta">
          <span className={`status status-${event.status}`}>{STATUS_WORDS[event.status].label}</span>
          <span> · {describeSourceCount(event.citations)}</span>
          {inView && showInView && <span className="in-view"> · in view</span>}
        </span>
      </button>
    </li>
  );
});
