import { type FocusEvent, type KeyboardEvent, type ReactNode, type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { Spacer } from './EventEntry';
import { WHOLE_LIST_MAX, useListWindow } from './useListWindow';

/** What a windowed list gives its `<ol>`: the arrow keys, and the focus bookkeeping that keeps the focused entry rendered. */
export interface WindowedListProps {
  readonly onKeyDown: (e: KeyboardEvent<HTMLOListElement>) => void;
  readonly onFocus: (e: FocusEvent<HTMLOListElement>) => void;
  readonly onBlur: (e: FocusEvent<HTMLOListElement>) => void;
  readonly style?: { readonly overflowAnchor: 'none' };
}

/**
 * The entries a windowed list walks through, by place: how many, the id at a place and the place of an id. A list
 * that is a filtered view of a larger one answers from positions it already holds, so no array of ids or map by id
 * is built for every filter change (the events list at 100,000 events).
 */
export interface ListEntries {
  readonly count: number;
  readonly idAt: (index: number) => string | undefined;
  readonly positionOf: (id: string) => number | undefined;
}

/** The entries of a plain array of ids. */
export function entriesOfIds(ids: readonly string[]): ListEntries {
  const positions = new Map(ids.map((id, i) => [id, i]));
  return { count: ids.length, idAt: (i) => ids[i], positionOf: (id) => positions.get(id) };
}

export interface WindowedList {
  /** The id of the entry whose button is the list's one Tab stop; the arrow keys move from it. */
  readonly tabStop: string | undefined;
  /** The list's children: the entries rendered (by index in the whole list), with spacers for the others. */
  readonly children: (entry: (index: number) => ReactNode) => ReactNode[];
  readonly listProps: WindowedListProps;
}

const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The rendered entry of an id, if the window holds it. */
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

/**
 * A list of entries (each an `<li data-event-id aria-posinset>` holding a button) that renders those near its scroll
 * position when long (useListWindow), and stays one keyboard stop: Tab reaches the selected entry (else the one last
 * focused, else the first rendered), the arrow keys, Home and End move through the whole list, rendering and scrolling
 * to the entry they reach, and the focused entry stays rendered wherever the list is scrolled. The selected entry is
 * scrolled to (within the list) when it changes.
 */
export function useWindowedList(
  listRef: RefObject<HTMLOListElement | null>,
  entries: ListEntries,
  selectedId: string | null,
): WindowedList {
  const { count, idAt, positionOf } = entries;
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // The entry that has focus now: kept rendered, wherever the list is scrolled, so focus never drops.
  const [heldId, setHeldId] = useState<string | null>(null);
  const { from, to, rowHeight, reveal } = useListWindow(listRef, count);
  const heldAt = heldId === null ? undefined : positionOf(heldId);
  const held = heldAt !== undefined && (heldAt < from || heldAt >= to) ? heldAt : undefined;
  const rendered = (id: string | null) => {
    const at = id === null ? undefined : positionOf(id);
    return at !== undefined && ((at >= from && at < to) || at === held);
  };
  const tabStop = [selectedId, focusedId].find(rendered) ?? idAt(from);
  // An entry to focus (or only to show) once the window has rendered it.
  const pending = useRef<{ id: string; focus: boolean } | null>(null);

  useLayoutEffect(() => {
    if (selectedId !== null) pending.current = { id: selectedId, focus: false };
  }, [selectedId, entries]);

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

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>): void => {
    const move = MOVES[e.key];
    if (!move || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const id = (document.activeElement?.closest('li') as HTMLElement | null)?.dataset.eventId;
    const at = id === undefined ? undefined : positionOf(id);
    if (at === undefined) return;
    e.preventDefault();
    const target = idAt(move(at, count));
    if (target === undefined) return;
    setFocusedId(target);
    pending.current = { id: target, focus: true };
    const entry = entryOf(e.currentTarget, target);
    if (entry) {
      pending.current = null;
      entry.querySelector('button')?.focus();
      keepInside(e.currentTarget, entry);
    } else reveal(positionOf(target) ?? 0);
  };

  const onFocus = (e: FocusEvent<HTMLOListElement>): void => {
    const id = e.target.closest('li')?.dataset.eventId ?? null;
    setFocusedId(id);
    setHeldId(id);
  };
  const onBlur = (e: FocusEvent<HTMLOListElement>): void => {
    const list = e.currentTarget;
    // Checked once the focus has landed: a window losing focus leaves it on the entry.
    setTimeout(() => {
      if (!list.contains(document.activeElement)) setHeldId(null);
    });
  };

  // One keyed array, so the held entry keeps its element as it moves in and out of the window.
  const children = (entry: (index: number) => ReactNode): ReactNode[] => [
    ...(held !== undefined && held < from
      ? [<Spacer key="above-held" height={held * rowHeight} />, entry(held), <Spacer key="above" height={(from - held - 1) * rowHeight} />]
      : [<Spacer key="above" height={from * rowHeight} />]),
    ...Array.from({ length: Math.max(0, to - from) }, (_, i) => entry(from + i)),
    ...(held !== undefined && held >= to
      ? [
          <Spacer key="below" height={(held - to) * rowHeight} />,
          entry(held),
          <Spacer key="below-held" height={(count - held - 1) * rowHeight} />,
        ]
      : [<Spacer key="below" height={(count - to) * rowHeight} />]),
  ];

  return {
    tabStop,
    children,
    listProps: {
      onKeyDown,
      onFocus,
      onBlur,
      // The browser's scroll anchoring would fight the window's own bookkeeping as entries come and go.
      ...(count > WHOLE_LIST_MAX && { style: { overflowAnchor: 'none' } as const }),
    },
  };
}
