import type { Transform } from '../core/timeScale';

/** A point on screen, px from the frame's top left. */
export type Point = readonly [number, number];

/** A point held by a gesture: where it is on screen, and the base px (the date) it holds there. */
export interface Anchor {
  screen: Point;
  base: Point;
  readonly id?: number;
}

/** What the touch gestures need of the zoom behaviour they are part of (src/timeline/zoomBehaviour.ts). */
export interface TouchHost {
  readonly filter: (event: TouchEvent) => boolean;
  pointOf(at: { readonly clientX: number; readonly clientY: number }): Point;
  /** The point `p` held where it is, under the transform on screen. */
  anchor(p: Point, id?: number): Anchor;
  /** A touch move begins (a glide under way gives way) and ends. */
  begin(): void;
  end(): void;
  /** Shows the scale `k` with the base px `base` under the screen's `at` px, within the limits. */
  pin(k: number, at: number, base: number): void;
  transform(): Transform;
  onDoubleTap(x: number): void;
}

export interface TouchZoom {
  start(event: TouchEvent): void;
  move(event: TouchEvent): void;
  end(event: TouchEvent): void;
  /** The points the fingers hold, to be held anew when a move from elsewhere changes the transform. */
  anchors(): Anchor[];
  /** True for a short while after a touch ended: the mouse events a browser makes of it are not a drag. */
  justTouched(): boolean;
  destroy(): void;
}

/** Two taps this close in time are a double tap; mouse events this soon after a touch are the touch's echo. */
const TOUCH_DELAY_MS = 500;
/** Two taps this close on screen (px) are a double tap. */
const TAP_DISTANCE = 10;

/**
 * Touch on the timeline: one finger pans, two pinch about the point between them (each holding its date under it),
 * and two quick taps in one place zoom in there. The events stay the timeline's: none starts the page's scroll.
 */
export function createTouchZoom(host: TouchHost): TouchZoom {
  let touch0: Anchor | null = null;
  let touch1: Anchor | null = null;
  let taps = 0;
  let firstTap: Point = [0, 0];
  let touchStarting: ReturnType<typeof setTimeout> | undefined;
  let touchEnding: ReturnType<typeof setTimeout> | undefined;

  return {
    start(event) {
      if (!host.filter(event)) return;
      // Every finger new: a gesture of its own, not a finger added to one under way.
      if (event.changedTouches.length === event.touches.length) touch0 = touch1 = null;
      event.stopImmediatePropagation();
      let started: Point | null = null;
      for (const touch of event.touches) {
        const p = host.pointOf(touch);
        if (!touch0) {
          touch0 = host.anchor(p, touch.identifier);
          started = p;
          taps = touchStarting === undefined ? 1 : 2;
        } else if (!touch1 && touch0.id !== touch.identifier) {
          touch1 = host.anchor(p, touch.identifier);
          taps = 0;
        }
      }
      clearTimeout(touchStarting);
      touchStarting = undefined;
      if (!started) return;
      if (taps < 2) {
        firstTap = started;
        touchStarting = setTimeout(() => (touchStarting = undefined), TOUCH_DELAY_MS);
      }
      host.begin();
    },
    move(event) {
      if (!touch0) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      for (const touch of event.changedTouches) {
        if (touch0.id === touch.identifier) touch0.screen = host.pointOf(touch);
        else if (touch1?.id === touch.identifier) touch1.screen = host.pointOf(touch);
      }
      if (!touch1) return host.pin(host.transform().k, touch0.screen[0], touch0.base[0]);
      // Two fingers: the scale at which the dates they hold are as far apart as the fingers, between them.
      const apart = (a: Point, b: Point) => Math.hypot(b[0] - a[0], b[1] - a[1]);
      const k = apart(touch0.screen, touch1.screen) / apart(touch0.base, touch1.base);
      host.pin(k, (touch0.screen[0] + touch1.screen[0]) / 2, (touch0.base[0] + touch1.base[0]) / 2);
    },
    end(event) {
      if (!touch0) return;
      event.stopImmediatePropagation();
      clearTimeout(touchEnding);
      touchEnding = setTimeout(() => (touchEnding = undefined), TOUCH_DELAY_MS);
      for (const touch of event.changedTouches) {
        if (touch0?.id === touch.identifier) touch0 = null;
        else if (touch1?.id === touch.identifier) touch1 = null;
      }
      if (!touch0 && touch1) [touch0, touch1] = [touch1, null];
      if (touch0) {
        touch0 = host.anchor(touch0.screen, touch0.id);
        return;
      }
      host.end();
      const last = event.changedTouches[event.changedTouches.length - 1];
      if (taps === 2 && last) {
        const p = host.pointOf(last);
        if (Math.hypot(p[0] - firstTap[0], p[1] - firstTap[1]) < TAP_DISTANCE) host.onDoubleTap(p[0]);
      }
    },
    anchors: () => [touch0, touch1].filter((a) => a !== null),
    justTouched: () => touchEnding !== undefined,
    destroy() {
      clearTimeout(touchStarting);
      clearTimeout(touchEnding);
    },
  };
}
