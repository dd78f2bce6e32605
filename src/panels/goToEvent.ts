import { revealEvent } from '../core/focusWindow';
import type { TimelineEvent } from '../model/types';
import { useAppStore } from '../store/store';

/** True when the reader asked the system for less motion: moves then jump instead of gliding. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Selects an event and asks the timeline for the smallest move that brings it into view. */
export function goToEvent(event: TimelineEvent): void {
  const { select, requestView, view } = useAppStore.getState();
  select(event.id);
  const target = revealEvent(view, event);
  if (target !== view) requestView(target, { animate: !prefersReducedMotion() });
}
