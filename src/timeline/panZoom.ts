import { type Transform, scaleExtent, transformForWindow, windowForTransform } from '../core/timeScale';
import type { ViewWindow } from '../core/viewWindow';
import { panStep, zoomStep } from '../core/zoomSteps';
import { GLIDE_MS, STEP_MS, prefersReducedMotion } from './motion';
import { createZoomBehaviour } from './zoomBehaviour';

/** The zoom factor a double-click applies (shift: its inverse). */
export const DOUBLE_CLICK_ZOOM = 2;
/** Lines of a wheel that scrolls by lines (deltaMode 1) are about this many px. */
const WHEEL_LINE_PX = 16;

export interface PanZoomOptions {
  /** The element the gestures are made on. */
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
  /** Shows the same window at a new width; returns the window the zoom's limits allowed. */
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
  /** The window on screen: the zoom's transform is the one place it is held. */
  window(): ViewWindow;
  destroy(): void;
}

/**
 * Which events the gestures take: the wheel zooms (pinch arrives as ctrl+wheel), except a mostly horizontal
 * or shift+wheel, which pans (see `wheelPan`); a drag needs the event's window (text selection is blocked
 * there while it lasts), so synthetic events without one are left alone; no gesture starts with ctrl held
 * (ctrl+click opens the context menu on a Mac), nor with any button but the main one.
 */
export function defaultFilter(event: (MouseEvent | TouchEvent) & Partial<WheelEvent & MouseEvent>): boolean {
  return event.type === 'wheel'
    ? event.ctrlKey || (!event.shiftKey && Math.abs(event.deltaY ?? 0) >= Math.abs(event.deltaX ?? 0))
    : !event.ctrlKey && !event.button && (event.type !== 'mousedown' || event.view !== null);
}

/**
 * The factor a wheel event zooms by: a notch of a mouse wheel (100 px, or 3 lines) about 1.15, a trackpad's
 * pinch (ctrl+wheel) ten times as fast (the rates of d3-zoom, which readers of maps know).
 */
export function wheelZoom(event: WheelEvent): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
  return 2 ** (-event.deltaY * perUnit * (event.ctrlKey ? 10 : 1));
}

/** The horizontal px a wheel event pans by: its x delta, or its y delta with shift; 0 when it zooms instead. */
export function wheelPan(event: WheelEvent): number {
  if (event.ctrlKey) return 0;
  const dx = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.shiftKey ? event.deltaY : 0;
  return dx * (event.deltaMode === 1 ? WHEEL_LINE_PX : 1);
}

/**
 * The timeline's pan and zoom as a plain factory over the zoom behaviour: gestures, the wheel's pan,
 * double-click, and moves made by code all go through the one transform, so code and gestures never fight.
 * It knows windows and pixels, not marks: what a move shows is the caller's job (`onMove`).
 */
export function createPanZoom({ domNode, width: initialWidth, onMove, onStart, onEnd }: PanZoomOptions): PanZoomInstance {
  let width = initialWidth;
  let syncing = false;
  const scales = scaleExtent();
  /** Where the running animated move is going: quick presses build on it, not on where it has got to. */
  let destination: Transform | null = null;

  const behaviour = createZoomBehaviour({
    node: domNode,
    width,
    scales,
    filter: defaultFilter,
    wheelZoom,
    wheelPan,
    // Double-click zooms in (shift: out) about the pointer, animated only when the reader allows motion.
    onDoubleClick: (x, shift) => void api.zoomBy(shift ? 1 / DOUBLE_CLICK_ZOOM : DOUBLE_CLICK_ZOOM, x),
    onStart: () => {
      if (!syncing) onStart();
    },
    onZoom: (transform) => onMove(windowForTransform(transform, width), syncing),
    onEnd: () => {
      if (!syncing) onEnd();
    },
  });
  const toTransform = (view: ViewWindow): Transform => transformForWindow(view, width);
  /** The transform a new step starts from: the pending target if a move is under way, else the screen's. */
  const base = (): Transform => destination ?? behaviour.transform();

  function goTo(transform: Transform, animate: boolean, duration: number): Promise<void> {
    if (animate && !prefersReducedMotion()) {
      destination = transform;
      return behaviour.glide(transform, duration).then(() => {
        if (destination === transform) destination = null;
      });
    }
    destination = null;
    behaviour.jump(transform);
    return Promise.resolve();
  }

  const api: PanZoomInstance = {
    syncViewport(view, nextWidth) {
      width = nextWidth;
      behaviour.setWidth(width);
      syncing = true;
      behaviour.jump(toTransform(view));
      syncing = false;
      return windowForTransform(behaviour.transform(), width);
    },
    setViewport: (view, animate, duration = GLIDE_MS) => goTo(toTransform(view), animate, duration),
    zoomBy: (factor, x) => goTo(zoomStep(base(), factor, x, width, scales), true, STEP_MS),
    panBy: (px, animate) => goTo(panStep(base(), px, width, scales), animate, STEP_MS),
    window: () => windowForTransform(behaviour.transform(), width),
    destroy: () => behaviour.destroy(),
  };
  return api;
}
