import { type KeyboardEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { positionInList, selectInViewCount, selectListedEvents, selectVisibleEvents } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { EventEntry, Spacer } from './EventEntry';
import { EventFilters } from './EventFilters';
import { SearchInArticles } from './SearchInArticles';
import { WHOLE_LIST_MAX, useListWindow } from './useListWindow';
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
  const positionOf = (id: string) => positionInList(events, all, id);
  const listRef = useRef<HTMLOListElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // The entry that has focus now: kept rendered, wherever the list is scrolled, so focus never drops.
  const [heldId, setHeldId] = useState<string | null>(null);
  const { from, to, rowHeight, reveal } = useListWindow(listRef, events.length);
  const shown = useMemo(() => events.slice(from, to), [events, from, to]);
  const heldAt = heldId === null ? undefined : positionOf(heldId);
  const held = heldAt !== undefined && (heldAt < from || heldAt >= to) ? heldAt : undefined;
  // One Tab stop for the whole list (the selected entry, else the one last focused, else the first
  // rendered); the arrow keys move inside it.
  const rendered = (id: string | null) => {
    const at = id === null ? undefined : positionOf(id);
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
      const at = positionOf(wanted.id);
      if (at === undefined) pending.current = null;
      else reveal(at);
    }
  });

  const moveFocus = (e: KeyboardEvent<HTMLOListElement>): void => {
    const move = MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const id = (document.activeElement?.closest('li') as HTMLElement | null)?.dataset.eventId;
    const at = id === undefined ? undefined : positionOf(id);
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
    } else reveal(positionOf(target.id) ?? 0);
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
              ? [
                  <Spacer key="above-held" height={held * rowHeight} />,
                  entry(held),
                  <Spacer key="above" height={(from - held - 1) * rowHeight} />,
                ]
              : [<Spacer key="above" height={from * rowHeight} />]),
            ...shown.map((_, i) => entry(from + i)),
            ...(held !== undefined && held >= to
              ? [
                  <Spacer key="below" height={(held - to) * rowHeight} />,
                  entry(held),
                  <Spacer key="below-held" height={(events.length - held - 1) * rowHeight} />,
                ]
              : [<Spacer key="below" height={(events.length - to) * rowHeight} />]),
          ]}
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
