import { prefersReducedMotion } from '../timeline/motion';

/** The nearest ancestor that scrolls its own content (a sticky column, say), or undefined if only the page does. */
export function scrollingBox(el: Element): HTMLElement | undefined {
  for (let box = el.parentElement; box && box !== document.body && box !== document.documentElement; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) return box;
  }
  return undefined;
}

/** Space left below a passage brought into sight, so it does not end on the window's very edge. */
const MARGIN = 16;

/**
 * Scrolls `box` the least it takes to show `target` (its top, when it is taller than the box), leaving
 * the page where it is: the timeline beside the box stays on screen. With `keep`, it scrolls down no
 * further than keeps the top of `keep` (a panel's heading, say) clear of the box's sticky bar: what is
 * read first stays in sight, and `target` shows as much as the room below it allows.
 */
export function revealInBox(box: HTMLElement, target: Element, keep?: Element): void {
  const rect = box.getBoundingClientRect();
  // The part of the box on screen (before the page scrolls, a sticky box can reach below the window).
  const outer = { top: Math.max(rect.top, 0), bottom: Math.min(rect.bottom, innerHeight) };
  const inner = target.getBoundingClientRect();
  // Room for a sticky bar at the top of the box.
  const bar = box.querySelector('.panel-bar')?.getBoundingClientRect().height ?? 0;
  const top = outer.top + Math.min(bar, (outer.bottom - outer.top) / 3);
  if (inner.top < top) box.scrollTop -= top - inner.top;
  else if (inner.bottom > outer.bottom - MARGIN) {
    const down = Math.min(inner.bottom - outer.bottom + MARGIN, inner.top - top);
    const kept = keep ? Math.max(0, Math.floor(keep.getBoundingClientRect().top - top)) : Infinity;
    box.scrollTop += Math.min(down, kept);
  }
}

/**
 * On a phone, where the source panel is a sheet fixed over the bottom of the screen: if the reader is
 * looking at the timeline (its frame at `box`), scroll the page so that the frame sits at the top, clear
 * of the sheet, and the event just chosen stays in sight.
 */
export function keepTimelineAboveSheet(sheet: HTMLElement, box: DOMRect): void {
  if (getComputedStyle(sheet).position !== 'fixed') return;
  const onScreen = box.bottom > 0 && box.top < innerHeight;
  const clear = box.top >= 0 && box.bottom <= sheet.getBoundingClientRect().top;
  if (onScreen && !clear) window.scrollBy({ top: box.top, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
