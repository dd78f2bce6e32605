import { type RefObject, useEffect } from 'react';

/**
 * Keeps a sticky column's bottom at the window's bottom: before the page scrolls, the column starts
 * below the header and the timeline, so a plain 100vh would reach past the window and focus moving into it (Tab) would
 * scroll the whole page, carrying the timeline away. Leaves the column alone where it is not sticky.
 */
export function useFitToWindow(column: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let frame = 0;
    let top = column.current?.getBoundingClientRect().top ?? 0;
    let resized = false;
    const fit = () => {
      frame = 0;
      const el = column.current;
      if (!el) return;
      // The timeline above grew or shrank with its lanes: what the reader is working on in the column
      // (it holds the focus) stays where it was on the screen.
      const now = el.getBoundingClientRect().top;
      if (resized && el.contains(document.activeElement)) el.scrollBy(0, now - top);
      [top, resized] = [now, false];
      const sticky = getComputedStyle(el).position === 'sticky';
      if (sticky) el.style.setProperty('max-height', `${Math.round(innerHeight - Math.max(0, el.getBoundingClientRect().top))}px`);
      else el.style.removeProperty('max-height');
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(fit);
    };
    fit();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    // The timeline above the column grows and shrinks with its lanes, moving the column's top.
    const above =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            resized = true;
            schedule();
          })
        : undefined;
    if (column.current?.parentElement) above?.observe(column.current.parentElement);
    return () => {
      above?.disconnect();
      cancelAnimationFrame(frame);
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
    };
  }, [column]);
}
