import { type KeyboardEvent, memo, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { dateHookAttributes } from '../model/dateHooks';
import { describeEventDate } from '../model/describeEventDate';
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
  // One Tab stop for the whole list (the selected entry, else the one last focused, else the first);
  // the arrow keys move inside it.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const tabStop = [selectedId, focusedId].find((id) => id !== null && events.some((e) => e.id === id)) ?? events[0]?.id;
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
      <p id="events-keys" className="events-keys">
        The list is one Tab stop: ↑ and ↓ move between events, Home and End go to the first and last.
      </p>
      {events.length === 0 ? (
        <p className="events-empty">No event matches these filters.</p>
      ) : (
        <ol className="events-scroll" ref={listRef} aria-describedby="events-keys" onKeyDown={moveFocus} onFocus={(e) => setFocusedId(e.target.closest('li')?.dataset.eventId ?? null)}>
          {events.map((event) => (
            <EventEntry
              key={event.id}
              event={event}
              selected={event.id === selectedId}
              tabStop={event.id === tabStop}
              inView={inView.has(event.id)}
              showInView={someOutside}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** Arrow keys, Home and End move focus between the entries' buttons. */
function moveFocus(e: KeyboardEvent<HTMLOListElement>): void {
  const move = MOVES[e.key];
  if (!move || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('.event-button')];
  const from = buttons.findIndex((b) => b === document.activeElement);
  if (from < 0) return;
  e.preventDefault();
  buttons[move(from, buttons.length)]?.focus();
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
  readonly tabStop: boolean;
  readonly inView: boolean;
  readonly showInView: boolean;
}

const EventEntry = memo(function EventEntry({ event, selected, tabStop, inView, showInView }: EntryProps) {
  return (
    <li
      className="event-entry"
      data-event-id={event.id}
      {...dateHookAttributes(event)}
      {...(inView && { 'data-in-view': '' })}
      {...(showInView && { 'data-marks-view': '' })}
    >
      <button
        type="button"
        className="event-button"
        tabIndex={tabStop ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        onClick={() => goToEvent(event)}
      >
        {/* The hidden punctuation keeps the parts apart when the button's name is read out as one line. */}
        <span className="event-date">{describeEventDate(event)}</span>
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
