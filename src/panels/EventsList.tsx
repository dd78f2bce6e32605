import { type KeyboardEvent, type RefObject, memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { rowsAround, rowsInViewport } from '../core/listWindow';
import { describeSpan } from '../model/describeDate';
import { hookDate } from '../model/partialDate';
import type { TimelineEvent } from '../model/types';
import { inWindow, positionsById, selectInViewCount, selectVisibleEvents } from '../store/selectors';
import { useAppStore } from '../store/store';
import { EventFilters } from './EventFilters';
import { STATUS_WORDS, describeSourceCount } from './eventWords';
import { goToEvent } from './goToEvent';
import { STEP_KEYS_SCOPE } from './usePanelKeys';
import './panels.css';

/**
 * Up to this many entries the list is rendered whole: on the server for readers without JavaScript, for
 * print and find-in-page. Longer lists render the entries near the scroll position only.
 */
export const WHOLE_LIST_MAX = 300;
/** A first guess at an entry's height (date, title and status lines), corrected once entries are measured. */
const ROW_ESTIMATE_PX = 76;
/** A measured height this close to the estimate keeps the estimate, so the spacing does not jitter. */
const ROW_HEIGHT_TOLERANCE_PX = 4;

/**
 * Every event that passes the filters, in date order: the keyboard and screen-reader way through the
 * data. It follows the timeline's view, but a zoom frame re-renders only the count and the entries whose
 * "in view" changes; a long list renders only the entries near its scroll position.
 */
export function EventsList() {
  const events = useAppStore(selectVisibleEvents);
  const total = useAppStore((s) => s.dataset.events.length);
  const selectedId = useAppStore((s) => s.selectedId);
  // "In view" on every entry says nothing; it is marked once the view leaves some events out.
  const someOutside = useAppStore((s) => selectInViewCount(s) < selectVisibleEvents(s).length);
  const positions = positionsById(events);
  const listRef = useRef<HTMLOListElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // The entry that has focus now: kept rendered, wherever the list is scrolled, so focus never drops.
  const [heldId, setHeldId] = useState<string | null>(null);
  const { from, to, rowHeight, reveal } = useListWindow(listRef, events.length);
  const shown = useMemo(() => events.slice(from, to), [events, from, to]);
  const heldAt = heldId === null ? undefined : positions.get(heldId);
  const held = heldAt !== undefined && (heldAt < from || heldAt >= to) ? heldAt : undefined;
  // One Tab stop for the whole list (the selected entry, else the one last focused, else the first
  // rendered); the arrow keys move inside it.
  const rendered = (id: string | null) => {
    const at = id === null ? undefined : positions.get(id);
    return at !== undefined && ((at >= from && at < to) || at === held);
  };
  const tabStop = [selectedId, focusedId].find(rendered) ?? shown[0]?.id;
  // An entry to focus (or only to show) once the window has rendered it.
  const pending = useRef<{ id: string; focus: boolean } | null>(null);

  // The selected entry is scrolled to (within the list), rendering it first if the window lacks it.
  useLayoutEffect(() => {
    if (selectedId !== null) pending.current = { id: selectedId, focus: false };
  }, [selectedId, events]);

  useLayoutEffect(() => {
    const list = listRef.current;
    const wanted = pending.current;
    if (!list || !wanted) return;
    const entry = entryOf(list, wanted.id);
    if (entry) {
      pending.current = null;
      keepInside(list, entry);
      if (wanted.focus) entry.querySelector('button')?.focus();
    } else {
      const at = positions.get(wanted.id);
      if (at === undefined) pending.current = null;
      else reveal(at);
    }
  });

  const moveFocus = (e: KeyboardEvent<HTMLOListElement>): void => {
    const move = MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const id = (document.activeElement?.closest('li') as HTMLElement | null)?.dataset.eventId;
    const at = id === undefined ? undefined : positions.get(id);
    if (at === undefined) return;
    e.preventDefault();
    const target = events[move(at, events.length)];
    if (!target) return;
    setFocusedId(target.id);
    pending.current = { id: target.id, focus: true };
    const entry = entryOf(e.currentTarget, target.id);
    if (entry) {
      pending.current = null;
      entry.querySelector('button')?.focus();
      keepInside(e.currentTarget, entry);
    } else reveal(positions.get(target.id) ?? 0);
  };

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
        />
      )
    );
  };

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
          <InViewCount />
        </p>
      </div>
      <EventFilters />
      <p id="events-keys" className="events-keys">
        The list is one Tab stop: ↑ and ↓ move between events, Home and End go to the first and last.
      </p>
      {events.length === 0 ? (
        <p className="events-empty">No event matches these filters.</p>
      ) : (
        <ol
          className="events-scroll"
          ref={listRef}
          aria-describedby="events-keys"
          onKeyDown={moveFocus}
          onFocus={(e) => {
            const id = e.target.closest('li')?.dataset.eventId ?? null;
            setFocusedId(id);
            setHeldId(id);
          }}
          onBlur={(e) => {
            const list = e.currentTarget;
            // Checked once the focus has landed: a window losing focus leaves it on the entry.
            setTimeout(() => {
              if (!list.contains(document.activeElement)) setHeldId(null);
            });
          }}
          // The browser's scroll anchoring would fight the window's own bookkeeping as entries come and go.
          {...(events.length > WHOLE_LIST_MAX && { style: { overflowAnchor: 'none' } })}
        >
          {/* One keyed array, so the held entry keeps its element as it moves in and out of the window. */}
          {[
            ...(held !== undefined && held < from
              ? [<Spacer key="above-held" height={held * rowHeight} />, entry(held), <Spacer key="above" height={(from - held - 1) * rowHeight} />]
              : [<Spacer key="above" height={from * rowHeight} />]),
            ...shown.map((_, i) => entry(from + i)),
            ...(held !== undefined && held >= to
              ? [<Spacer key="below" height={(held - to) * rowHeight} />, entry(held), <Spacer key="below-held" height={(events.length - held - 1) * rowHeight} />]
              : [<Spacer key="below" height={(events.length - to) * rowHeight} />]),
          ]}
        </ol>
      )}
    </section>
  );
}

/**
 * The room of the entries not rendered, so the scroll bar and the offsets stay true. An element, not the
 * list's padding: padding would add to the list's capped height instead of scrolling inside it.
 */
function Spacer({ height }: { readonly height: number }) {
  return height > 0 ? <li className="events-spacer" aria-hidden="true" style={{ height }} /> : null;
}

/** "· 12 in the timeline's view": re-rendered alone as the view moves. */
function InViewCount() {
  const count = useAppStore(selectInViewCount);
  return <span className="muted"> · {count} in the timeline’s view</span>;
}

interface ListWindow {
  readonly from: number;
  readonly to: number;
  readonly rowHeight: number;
  /** Scrolls the list (never the page) so that row `index` is rendered and on screen. */
  readonly reveal: (index: number) => void;
}

/** The part of the list on screen: the list's own scroll box, or the page's when the list does not scroll. */
function listViewport(list: HTMLElement): { top: number; height: number } {
  if (list.scrollHeight > list.clientHeight + 1 && getComputedStyle(list).overflowY !== 'visible') return { top: list.scrollTop, height: list.clientHeight };
  return { top: -list.getBoundingClientRect().top, height: window.innerHeight };
}

/** The rows to render for a list of `count`: all of a short list; for a long one, those near the scroll position. */
function useListWindow(listRef: RefObject<HTMLOListElement | null>, count: number): ListWindow {
  const windowed = count > WHOLE_LIST_MAX;
  const [rowHeight, setRowHeight] = useState(ROW_ESTIMATE_PX);
  const [range, setRange] = useState<[number, number]>(() => rowsInViewport(count, { top: 0, height: 0 }, ROW_ESTIMATE_PX));
  const setIfChanged = (next: [number, number]) => setRange((prev) => (prev[0] === next[0] && prev[1] === next[1] ? prev : next));

  useEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
    const update = () => setIfChanged(rowsInViewport(count, listViewport(list), rowHeight));
    update();
    // Capturing on the window hears the list's own scrolling and the page's alike.
    window.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [listRef, windowed, count, rowHeight]);

  // Entries differ in height (a long title wraps): measure those rendered and correct the estimate.
  useLayoutEffect(() => {
    // The window's own rows, not a focused entry kept rendered far from them.
    const entries = [...(listRef.current?.querySelectorAll<HTMLElement>(':scope > [data-event-id]') ?? [])].filter((li) => {
      const place = Number(li.getAttribute('aria-posinset'));
      return place > range[0] && place <= range[1];
    });
    const first = entries[0];
    const last = entries[entries.length - 1];
    if (!windowed || !first || !last) return;
    const measured = (last.offsetTop + last.offsetHeight - first.offsetTop) / entries.length;
    if (measured > 0 && Math.abs(measured - rowHeight) > ROW_HEIGHT_TOLERANCE_PX) setRowHeight(measured);
  }, [listRef, windowed, range, rowHeight]);

  if (!windowed) return { from: 0, to: count, rowHeight, reveal: () => undefined };
  const [from, to] = [Math.min(range[0], Math.max(0, count - 1)), Math.min(range[1], count)];
  const reveal = (index: number) => {
    const list = listRef.current;
    if (!list) return;
    const { height } = listViewport(list);
    const next = rowsAround(count, index, height, rowHeight);
    // Only a list that scrolls itself is scrolled; the page is never moved (it would carry the timeline away).
    if (list.scrollHeight > list.clientHeight + 1) list.scrollTop = Math.max(0, index * rowHeight - (list.clientHeight - rowHeight) / 2);
    setIfChanged(next);
  };
  return { from, to: Math.max(to, from), rowHeight, reveal };
}

const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The rendered entry of an event, if the window holds it. */
function entryOf(list: HTMLElement, id: string): HTMLElement | undefined {
  const entry = [...list.children].find((li) => li instanceof HTMLElement && li.dataset.eventId === id);
  return entry instanceof HTMLElement ? entry : undefined;
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
  /** 1-based place in the whole list, and the list's length: read out even when few entries are rendered. */
  readonly position: number;
  readonly setSize: number;
  readonly selected: boolean;
  readonly tabStop: boolean;
  readonly showInView: boolean;
}

const EventEntry = memo(function EventEntry({ event, position, setSize, selected, tabStop, showInView }: EntryProps) {
  // Each entry follows the view on its own: a zoom frame costs one comparison per rendered entry.
  const inView = useAppStore((s) => inWindow(event, s.view));
  return (
    <li
      className="event-entry"
      data-event-id={event.id}
      data-start={hookDate(event.start)}
      aria-setsize={setSize}
      aria-posinset={position}
      {...(event.end && { 'data-end': hookDate(event.end) })}
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
