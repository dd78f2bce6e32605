import { type RefObject, useLayoutEffect, useRef } from 'react';

const FOCUSABLE = 'button, a[href], [tabindex]';

/** The element that stands for an event in the same part of the page as `opener` (a mark, a list entry). */
function counterpart(opener: Element, eventId: string): HTMLElement | undefined {
  const holder = opener.closest('[data-event-id]');
  const scope = holder?.parentElement?.closest('section, aside, [aria-label], [aria-labelledby]');
  if (!holder || !scope) return undefined;
  const match = [...scope.querySelectorAll('[data-event-id]')].find((el) => el.getAttribute('data-event-id') === eventId);
  const target = match?.matches(FOCUSABLE) ? match : match?.querySelector(FOCUSABLE);
  return target instanceof HTMLElement ? target : undefined;
}

/** When the opener is gone (a mark redrawn), the first mark or entry of the event that takes focus. */
export function anyFor(eventId: string): HTMLElement | undefined {
  const match = [...document.querySelectorAll('[data-event-id]')].find((el) => el.getAttribute('data-event-id') === eventId);
  const target = match?.matches(FOCUSABLE) ? match : match?.querySelector(FOCUSABLE);
  return target instanceof HTMLElement ? target : undefined;
}

/**
 * Remembers what had focus when an event was chosen (a timeline mark, a list entry) and, when the
 * selection is cleared while focus was in the panel, puts focus back there: on the entry or mark of the
 * event last shown, if the reader stepped on from the panel, else on the opener itself.
 */
export function useReturnFocus(selectedId: string | null, panel: RefObject<HTMLElement | null>): void {
  const opener = useRef<Element | null>(null);
  const lastId = useRef<string | null>(null);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (selectedId !== null) {
      if (active && active !== document.body && !panel.current?.contains(active)) opener.current = active;
      lastId.current = selectedId;
      return;
    }
    const from = opener.current;
    const shown = lastId.current;
    opener.current = null;
    lastId.current = null;
    // Focus was in the panel (now gone) or nowhere: put it back. Elsewhere, the reader moved it; leave it.
    const lost = !active || active === document.body || panel.current?.contains(active);
    if (!lost || !from) return;
    const target = from.isConnected
      ? (shown && counterpart(from, shown)) || (from instanceof HTMLElement ? from : undefined)
      : shown
        ? anyFor(shown)
        : undefined;
    target?.focus();
  }, [selectedId, panel]);
}
