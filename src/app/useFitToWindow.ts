import { type RefObject, useEffect } from 'react';

/**
 * Keeps a sticky column's bottom at the window's bottom: before the page scrolls, the column starts
 * below the header and the timeline, so a plain 100vh would reach past the window and focus moving into it (Tab) would
 * scroll the whole page, carrying the timeline away. Leaves the column alone where it is not sticky.
 */
export function useFitToWindow(column: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let frame = 0;
    const fit = () => {
      frame = 0;
      const el = column.current;
      if (!el) return;
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
    const above = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : undefined;
    if (column.current?.parentElement) above?.observe(column.current.parentElement);
    return () => {
      above?.disconnect();
      cancelAnimationFrame(frame);
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
    };
  }, [column]);
}
