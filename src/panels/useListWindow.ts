import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';
import { rowsAround, rowsInViewport } from '../core/listWindow';

/**
 * Up to this many entries the list is rendered whole: on the server for readers without JavaScript, for
 * print and find-in-page. Longer lists render the entries near the scroll position only.
 */
export const WHOLE_LIST_MAX = 300;
/** A first guess at an entry's height (date, title and status lines), corrected once entries are measured. */
const ROW_ESTIMATE_PX = 76;
/** A measured height this close to the estimate keeps the estimate, so the spacing does not jitter. */
const ROW_HEIGHT_TOLERANCE_PX = 4;

interface ListWindow {
  readonly from: number;
  readonly to: number;
  readonly rowHeight: number;
  /** Scrolls the list (never the page) so that row `index` is rendered and on screen. */
  readonly reveal: (index: number) => void;
}

/** The part of the list on screen: the list's own scroll box, or the page's when the list does not scroll. */
function listViewport(list: HTMLElement): { top: number; height: number } {
  if (list.scrollHeight > list.clientHeight + 1 && getComputedStyle(list).overflowY !== 'visible')
    return { top: list.scrollTop, height: list.clientHeight };
  return { top: -list.getBoundingClientRect().top, height: window.innerHeight };
}

/** The rows to render for a list of `count`: all of a short list; for a long one, those near the scroll position. */
export function useListWindow(listRef: RefObject<HTMLOListElement | null>, count: number): ListWindow {
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
