import { neighbour } from './rovingFocus';
import type { TimelineLayers, TimelineView } from './timelineView';

/**
 * The timeline's keys. `+`/`=` and `-` zoom wherever focus is within the timeline. The arrow keys mean
 * different things by where focus is, as in a map with markers:
 * - on the frame itself they pan (Shift for larger steps), and Home shows everything;
 * - on a mark they walk the marks in time order (Home/End: first/last), panning on at either end, and
 *   Escape returns to the frame, where the arrows pan again.
 * Enter and Space on a mark are the button's own activation (select, or zoom into a cluster).
 */
export function handleTimelineKey(event: KeyboardEvent, view: TimelineView, layers: TimelineLayers, fitAll: () => void): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target instanceof HTMLElement ? event.target : null;
  const markKey = target && target !== layers.frame ? target.dataset.key : undefined;
  const markLayers = [layers.marks, layers.clusters];
  // Keys zoom about the focused mark, or about the middle of the frame.
  const anchor =
    markKey !== undefined && target ? target.getBoundingClientRect().left - layers.frame.getBoundingClientRect().left + 5 : undefined;
  const walk = (step: number): void => {
    if (markKey === undefined) return;
    let next = neighbour(markLayers, view.focusOrder(), markKey, step);
    if (!next && Number.isFinite(step)) {
      void view.panBy(step * 0.5, { animate: false });
      next = neighbour(markLayers, view.focusOrder(), markKey, step);
    }
    next?.focus();
  };
  switch (event.key) {
    case '+':
    case '=':
      void view.zoomBy(2, anchor);
      break;
    case '-':
    case '_':
      void view.zoomBy(0.5, anchor);
      break;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const direction = event.key === 'ArrowLeft' ? -1 : 1;
      if (markKey !== undefined) walk(direction);
      else void view.panBy(direction * (event.shiftKey ? 0.5 : 0.15));
      break;
    }
    case 'Home':
      if (markKey !== undefined) walk(-Infinity);
      else fitAll();
      break;
    case 'End':
      if (markKey === undefined) return;
      walk(Infinity);
      break;
    case 'Escape':
      if (markKey === undefined) return;
      layers.frame.focus();
      break;
    default:
      return;
  }
  event.preventDefault();
}
