import { revealEvent, windowForEvent } from '../core/focusWindow';
import type { TimelineEvent } from '../model/types';
import { useAppStore } from '../store/store';
import { prefersReducedMotion } from '../timeline/motion';

/**
 * Selects an event and moves the timeline to it. `go` (choosing it from the list or the article) shows
 * the event at its own zoom, so its mark stands on its own; `reveal` (stepping to the next event) makes
 * the smallest move that brings it into view.
 */
export function goToEvent(event: TimelineEvent, how: 'go' | 'reveal' = 'go'): void {
  const { select, requestView, view } = useAppStore.getState();
  select(event.id);
  const target = how === 'go' ? windowForEvent(event) : revealEvent(view, event);
  if (target !== view) requestView(target, { animate: !prefersReducedMotion() });
}
