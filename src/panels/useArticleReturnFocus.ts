import { type RefObject, useLayoutEffect, useRef } from 'react';
import { useAppStoreApi } from '../store/useAppStore';
import { anyFor } from './useReturnFocus';

/**
 * Remembers what opened the article view (Read in full, Show in the article) and the event selected
 * then; when the view closes with focus inside it, focus goes back to the opener, or, if that is gone
 * (the source panel closed first), to that event's mark or entry, so it never falls to the page.
 */
export function useArticleReturnFocus(sourceId: string | null, view: RefObject<HTMLElement | null>): void {
  const opener = useRef<Element | null>(null);
  const eventId = useRef<string | null>(null);
  const open = useRef(false);
  const store = useAppStoreApi();
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (sourceId !== null) {
      if (!open.current) {
        opener.current = active && active !== document.body && !view.current?.contains(active) ? active : null;
        eventId.current = store.getState().selectedId;
      }
      open.current = true;
      return;
    }
    if (!open.current) return;
    open.current = false;
    const from = opener.current;
    const id = eventId.current;
    opener.current = null;
    // Focus was in the view (now gone): put it back. Elsewhere, the reader moved it; leave it.
    if (active && active !== document.body) return;
    const target = from instanceof HTMLElement && from.isConnected ? from : id ? anyFor(id) : undefined;
    target?.focus();
  }, [sourceId, view, store]);
}
