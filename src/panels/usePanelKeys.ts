import { useEffect } from 'react';
import { selectNeighbours } from '../store/selectors';
import { useAppStoreApi } from '../store/useAppStore';

/** Keys that must not step through events: typing in a field, or a shortcut with a modifier. */
function isTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  const field = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  return field || event.altKey || event.ctrlKey || event.metaKey;
}

/** Marks the parts of the page where the stepping keys work (the source panel, the events list). */
export const STEP_KEYS_SCOPE = { 'data-step-keys': '' } as const;

/** Focus is inside a part that takes the stepping keys. */
function inStepScope(event: KeyboardEvent): boolean {
  return event.target instanceof Element && event.target.closest('[data-step-keys]') !== null;
}

/**
 * The reading keys: J or ] for the next event, K or [ for the previous one (over the filtered events,
 * in date order) while focus is in the source panel or the events list; single characters are not
 * taken page-wide, where they would fire from speech input or stray presses (WCAG 2.1.4). Escape, from
 * anywhere, closes the source panel, then the article view.
 */
export function usePanelKeys(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e)) return;
      const state = store.getState();
      if (e.key === 'Escape') {
        // A dialog (About the data) closes itself first.
        if (document.querySelector('dialog[open]')) return;
        if (state.selectedId !== null) state.select(null);
        else if (state.articleSourceId !== null) state.openArticle(null);
        else return;
        // The panel is the innermost thing open: it closes first, and focus stays where it is (a mark
        // keeps its focus rather than the timeline also taking Escape as "back to the frame").
        e.preventDefault();
        e.stopPropagation();
        return;
      }
      if (state.selectedId === null || !inStepScope(e)) return;
      const step = e.key === 'j' || e.key === ']' ? 'next' : e.key === 'k' || e.key === '[' ? 'previous' : null;
      const target = step && selectNeighbours(state)[step];
      if (target) {
        e.preventDefault();
        void state.goToEvent(target, 'reveal');
      }
    };
    // Capture phase: seen before the timeline's own keys.
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [store]);
}
