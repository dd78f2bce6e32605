import { pointer, select } from 'd3-selection';
import 'd3-transition';
import { type D3ZoomEvent, type ZoomTransform, zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import { type Transform, scaleExtent, transformForWindow, windowForTransform } from '../core/timeScale';
import type { ViewWindow } from '../core/viewWindow';
import { panStep, zoomStep } from '../core/zoomSteps';
import { GLIDE_MS, STEP_MS, prefersReducedMotion } from './motion';

/** The zoom factor a double-click applies (shift: its inverse). */
export const DOUBLE_CLICK_ZOOM = 2;
/** Lines of a wheel that scrolls by lines (deltaMode 1) are about this many px. */
const WHEEL_LINE_PX = 16;

export interface PanZoomOptions {
  /** The element d3-zoom listens on. */
  readonly domNode: HTMLElement;
  readonly width: number;
  /** Every frame of a move, with the window now on screen; `sync` is true for a move that only shows the same window at a new width. */
  onMove(view: ViewWindow, sync: boolean): void;
  /** A move has begun (a gesture, or an animation made by code). */
  onStart(): void;
  /** A move has ended (a gesture let go, an animation finished). */
  onEnd(): void;
}

export interface PanZoomInstance {
  /** Shows the same window at a new width; returns the window d3-zoom's limits allowed. */
  syncViewport(view: ViewWindow, width: number): ViewWindow;
  /**
   * Moves to `view`, animated over `duration` ms unless `animate` is false or the reader prefers less motion.
   * Resolves when the move has arrived, or when another move has taken over.
   */
  setViewport(view: ViewWindow, animate: boolean, duration?: number): Promise<void>;
  /** Zooms by `factor` about `x` px, composed onto a move still under way. */
  zoomBy(factor: number, x: number): Promise<void>;
  /** Pans by `px` (positive moves later in time), composed onto a move still under way. */
  panBy(px: number, animate: boolean): Promise<void>;
  /** The window on screen: d3-zoom's transform is the one place it is held. */
  window(): ViewWindow;
  destroy(): void;
}

/**
 * Which gestures d3-zoom takes: the wheel zooms (pinch arrives as ctrl+wheel), except a mostly horizontal
 * or shift+wheel, which pans (see `wheelPan`); a drag needs the event's window (d3 blocks text selection
 * there), so synthetic events without one are left alone.
 */
export function defaultFilter(event: MouseEvent & Partial<WheelEvent>): boolean {
  return event.type === 'wheel'
    ? event.ctrlKey || (!event.shiftKey && Math.abs(event.deltaY ?? 0) >= Math.abs(event.deltaX ?? 0))
    : !event.ctrlKey && !event.button && (event.type !== 'mousedown' || event.view !== null);
}

/** The horizontal px a wheel event pans by: its x delta, or its y delta with shift; 0 when it zooms instead. */
export function wheelPan(event: WheelEvent): number {
  if (event.ctrlKey) return 0;
  const dx = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.shiftKey ? event.deltaY : 0;
  return dx * (event.deltaMode === 1 ? WHEEL_LINE_PX : 1);
}

const toZoom = (t: Transform): ZoomTransform => zoomIdentity.translate(t.x, 0).scale(t.k);

/**
 * d3-zoom wrapped in a plain factory: gestures, the wheel's pan, double-click, and moves made by code
 * all go through the one d3 instance, so code and gestures never fight. It knows windows and pixels, not
 * marks: what a move shows is the caller's job (`onMove`).
 */
export function createPanZoom({ domNode, width: initialWidth, onMove, onStart, onEnd }: PanZoomOptions): PanZoomInstance {
  const node = select(domNode);
  let width = initialWidth;
  let syncing = false;
  /** Where the running animated move is going: quick presses build on it, not on where it has got to. */
  let destination: ZoomTransform | null = null;

  const behaviour = zoom<HTMLElement, unknown>()
    .scaleExtent(scaleExtent())
    .filter(defaultFilter)
    .on('start', () => {
      if (!syncing) onStart();
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => onMove(windowForTransform(event.transform, width), syncing))
    .on('end', () => {
      if (!syncing) onEnd();
    });
  const setExtent = () =>
    behaviour
      .extent([
        [0, 0],
        [width, 0],
      ])
      .translateExtent([
        [0, 0],
        [width, 0],
      ]);
  const toTransform = (view: ViewWindow): ZoomTransform => toZoom(transformForWindow(view, width));
  /** The transform a new step starts from: the pending target if a move is under way, else the screen's. */
  const base = (): ZoomTransform => destination ?? zoomTransform(domNode);

  function goTo(transform: ZoomTransform, animate: boolean, duration: number): Promise<void> {
    if (animate && !prefersReducedMotion()) {
      destination = transform;
      return new Promise((resolve) => {
        const done = () => {
          if (destination === transform) destination = null;
          resolve();
        };
        node.transition().duration(duration).on('end.target interrupt.target', done).call(behaviour.transform, transform);
      });
    }
    node.interrupt();
    destination = null;
    node.call(behaviour.transform, transform);
    return Promise.resolve();
  }

  function onWheel(event: WheelEvent): void {
    const dx = wheelPan(event);
    if (!dx) return;
    event.preventDefault();
    behaviour.translateBy(node, -dx / zoomTransform(domNode).k, 0);
  }

  const api: PanZoomInstance = {
    syncViewport(view, nextWidth) {
      width = nextWidth;
      setExtent();
      syncing = true;
      behaviour.transform(node, toTransform(view));
      syncing = false;
      return windowForTransform(zoomTransform(domNode), width);
    },
    setViewport: (view, animate, duration = GLIDE_MS) => goTo(toTransform(view), animate, duration),
    zoomBy: (factor, x) => goTo(toZoom(zoomStep(base(), factor, x, width, behaviour.scaleExtent())), true, STEP_MS),
    panBy: (px, animate) => goTo(toZoom(panStep(base(), px, width, behaviour.scaleExtent())), animate, STEP_MS),
    window: () => windowForTransform(zoomTransform(domNode), width),
    destroy() {
      node.interrupt().on('.zoom', null);
      domNode.removeEventListener('wheel', onWheel);
    },
  };

  setExtent();
  node.call(behaviour).on('dblclick.zoom', null);
  // Double-click zooms in (shift: out) about the pointer, animated only when the reader allows motion.
  node.on('dblclick.zoom', (event: MouseEvent) => {
    api.zoomBy(event.shiftKey ? 1 / DOUBLE_CLICK_ZOOM : DOUBLE_CLICK_ZOOM, pointer(event, domNode)[0]);
  });
  domNode.addEventListener('wheel', onWheel, { passive: false });
  return api;
}
