import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type ListViewport, rowsInViewport, viewportAround, viewportWithin } from '../core/listWindow';

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
function listViewport(list: HTMLElement): ListViewport {
  if (list.scrollHeight > list.clientHeight + 1 && getComputedStyle(list).overflowY !== 'visible')
    return { top: list.scrollTop, height: list.clientHeight };
  return { top: -list.getBoundingClientRect().top, height: window.innerHeight };
}

/**
 * The rows to render for a list of `count`: all of a short list; for a long one, those near the scroll position.
 * The viewport is read when the list is scrolled or resized (and when it becomes long), never because `count`
 * changed: a read then would force the page's layout in the middle of the update that changed it (a search's key
 * at 100,000 events spent 12 ms there), and lay it out a second time once the window's rows were rendered.
 */
export function useListWindow(listRef: RefObject<HTMLOListElement | null>, count: number): ListWindow {
  const windowed = count > WHOLE_LIST_MAX;
  const [rowHeight, setRowHeight] = useState(ROW_ESTIMATE_PX);
  const [viewport, setViewport] = useState<ListViewport>({ top: 0, height: 0 });
  const setIfChanged = (next: ListViewport) => setViewport((prev) => (prev.top === next.top && prev.height === next.height ? prev : next));
  const [from, to] = rowsInViewport(count, viewportWithin(viewport, count, rowHeight), rowHeight);

  useEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
    const update = () => setIfChanged(listViewport(list));
    update();
    // Capturing on the window hears the list's own scrolling and the page's alike.
    window.addEventListener('scroll', update, { capture: true, passive: true });
    // The list's box changes with the window only: a long list scrolls within its max-height (min(34rem, 70vh)), or
    // on a phone does not scroll at all and is read against the window. A ResizeObserver on the list itself heard
    // nothing more and cost the pan at a million events a frame in every few (p95 33.4 ms, 16.7 ms without it).
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [listRef, windowed]);

  // Entries differ in height (a long title wraps): measure those rendered and correct the estimate. Measured at the
  // next frame's start, where the page is laid out already, not at once (which would force a layout of its own).
  useEffect(() => {
    const list = listRef.current;
    if (!windowed || !list) return;
    const frame = requestAnimationFrame(() => {
      // The window's own rows, not a focused entry kept rendered far from them.
      const entries = [...list.querySelectorAll<HTMLElement>(':scope > [data-event-id]')].filter((li) => {
        const place = Number(li.getAttribute('aria-posinset'));
        return place > from && place <= to;
      });
      const first = entries[0];
      const last = entries[entries.length - 1];
      if (!first || !last) return;
      const measured = (last.offsetTop + last.offsetHeight - first.offsetTop) / entries.length;
      if (measured > 0 && Math.abs(measured - rowHeight) > ROW_HEIGHT_TOLERANCE_PX) setRowHeight(measured);
    });
    return () => cancelAnimationFrame(frame);
  }, [listRef, windowed, from, to, rowHeight]);

  // A reveal's scroll, made once the rows around the entry are rendered: the one layout it costs is the page's
  // final one, which the entry's own measuring (keepInside) then finds done.
  const scrollTo = useRef<number | null>(null);
  useLayoutEffect(() => {
    const list = listRef.current;
    const top = scrollTo.current;
    scrollTo.current = null;
    // Only a list that scrolls itself is scrolled; the page is never moved (it would carry the timeline away).
    if (list && top !== null && list.scrollHeight > list.clientHeight + 1) list.scrollTop = top;
  });

  if (!windowed) return { from: 0, to: count, rowHeight, reveal: () => undefined };
  const reveal = (index: number) => {
    const list = listRef.current;
    if (!list) return;
    // The viewport's height as last read (on scroll or resize), read now only if it never was.
    const around = viewportAround(index, viewport.height > 0 ? viewport.height : listViewport(list).height, rowHeight);
    if (around.top === viewport.top && around.height === viewport.height) {
      // Nothing new to render: scrolled at once (a list scrolled by hand since is read again by its scroll event).
      if (list.scrollHeight > list.clientHeight + 1) list.scrollTop = around.top;
      return;
    }
    scrollTo.current = around.top;
    setViewport(around);
  };
  return { from, to, rowHeight, reveal };
}
