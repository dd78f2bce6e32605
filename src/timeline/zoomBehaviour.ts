import { easeInOut, smoothZoomPath } from '../core/smoothZoom';
import type { Transform } from '../core/timeScale';
import { pinned, within } from '../core/zoomSteps';
import { type Anchor, type Point, createTouchZoom } from './touchZoom';

/**
 * The gestures that move the timeline, on the element that shows it: the wheel (and a trackpad's pinch, which
 * arrives as ctrl+wheel) zooms about the pointer, a drag pans, two fingers pinch and pan, a double-click or a
 * double tap zooms in; and the glides that code asks for. It holds the transform {k, x} on screen, keeps it
 * within the limits, and reports each move as it starts, every frame of it, and its end. It speaks in
 * transforms and pixels; windows of time are panZoom's.
 */
export interface ZoomBehaviourOptions {
  readonly node: HTMLElement;
  readonly width: number;
  readonly scales: readonly [number, number];
  /** Which mouse, wheel and touch events the gestures take. */
  readonly filter: (event: MouseEvent | TouchEvent) => boolean;
  /** The factor a wheel event that the filter takes zooms by. */
  readonly wheelZoom: (event: WheelEvent) => number;
  /** The px a wheel event the filter leaves pans by (positive: later in time); 0 leaves it to the page. */
  readonly wheelPan: (event: WheelEvent) => number;
  /** A double-click or double tap at `x` px (shift: the other way). */
  readonly onDoubleClick: (x: number, shift: boolean) => void;
  readonly onStart: () => void;
  readonly onZoom: (transform: Transform) => void;
  readonly onEnd: () => void;
}

export interface ZoomBehaviour {
  transform(): Transform;
  setWidth(width: number): void;
  /** Moves to `to` at once, ending a glide under way (a move of its own, unless a gesture is under way). */
  jump(to: Transform): void;
  /** Glides to `to` over `duration` ms; resolves on arrival, or when a gesture or another move takes over. */
  glide(to: Transform, duration: number): Promise<void>;
  destroy(): void;
}

/** A wheel's gesture ends when no wheel event has come for this long. */
const WHEEL_IDLE_MS = 150;
type Move = 'wheel' | 'drag' | 'touch' | 'glide' | 'jump';

const nextFrame = (step: () => void): (() => void) => {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(step, 16);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
};

const stop = (event: Event): void => {
  event.preventDefault();
  event.stopImmediatePropagation();
};

export function createZoomBehaviour(options: ZoomBehaviourOptions): ZoomBehaviour {
  const { node, scales, filter } = options;
  let width = options.width;
  let current: Transform = { k: scales[0], x: 0 };
  /**
   * The moves under way, one of each kind at most: the first to begin reports the start, the last to end the
   * end (a jump made during a drag is part of the drag's move). A gesture whose end never came (a lost
   * touchend) is ended by its next one.
   */
  const active = new Set<Move>();
  let cancelGlide: (() => void) | null = null;
  let mouse: Anchor | null = null;
  let wheelTimer: ReturnType<typeof setTimeout> | undefined;
  let endDrag: (() => void) | null = null;

  const pointOf = (at: { readonly clientX: number; readonly clientY: number }): Point => {
    const rect = node.getBoundingClientRect();
    return [at.clientX - rect.left - node.clientLeft, at.clientY - rect.top - node.clientTop];
  };
  const baseOf = (p: Point, t: Transform = current): Point => [(p[0] - t.x) / t.k, p[1] / t.k];
  const anchor = (p: Point, id?: number): Anchor => ({ screen: p, base: baseOf(p), ...(id !== undefined && { id }) });

  function begin(move: Move): void {
    if (active.size === 0) options.onStart();
    active.add(move);
  }
  function end(move: Move): void {
    if (active.delete(move) && active.size === 0) options.onEnd();
  }
  /** Shows `t`; what other gestures hold is held anew under it, so a move from elsewhere does not jerk them. */
  function show(t: Transform, from: 'mouse' | 'touch' | null): void {
    if (mouse && from !== 'mouse') mouse.base = baseOf(mouse.screen, t);
    if (from !== 'touch') for (const held of touch.anchors()) held.base = baseOf(held.screen, t);
    current = t;
    options.onZoom(t);
  }
  const interrupt = (): void => cancelGlide?.();

  function onWheel(event: WheelEvent): void {
    if (!filter(event)) {
      const px = options.wheelPan(event);
      if (!px) return;
      event.preventDefault();
      jump(within(current.k, current.x - px, width, scales));
      return;
    }
    const k = within(current.k * options.wheelZoom(event), 0, width, scales).k;
    const p = pointOf(event);
    if (wheelTimer !== undefined && mouse) {
      // The pointer moved during the gesture: hold the date now under it.
      if (mouse.screen[0] !== p[0] || mouse.screen[1] !== p[1]) mouse = anchor(p);
      clearTimeout(wheelTimer);
    } else if (current.k === k) return;
    else {
      mouse = anchor(p);
      interrupt();
      begin('wheel');
    }
    stop(event);
    wheelTimer = setTimeout(() => {
      wheelTimer = undefined;
      end('wheel');
    }, WHEEL_IDLE_MS);
    const held = mouse;
    show(pinned(k, held.screen[0], held.base[0], width, scales), 'mouse');
  }

  function onMouseDown(event: MouseEvent): void {
    if (touch.justTouched() || !filter(event) || !event.view) return;
    const view = event.view;
    const start: Point = [event.clientX, event.clientY];
    let moved = false;
    event.stopImmediatePropagation();
    mouse = anchor(pointOf(event));
    interrupt();
    begin('drag');
    const move = (e: MouseEvent) => {
      stop(e);
      moved ||= e.clientX !== start[0] || e.clientY !== start[1];
      if (!mouse) return;
      mouse.screen = pointOf(e);
      show(pinned(current.k, mouse.screen[0], mouse.base[0], width, scales), 'mouse');
    };
    const up = (e: MouseEvent) => {
      stop(e);
      release();
      // A drag is not a click: the click that ends it does not select the mark it began on.
      if (moved) {
        view.addEventListener('click', stop, { capture: true });
        setTimeout(() => view.removeEventListener('click', stop, { capture: true }), 0);
      }
      end('drag');
    };
    // No text is selected or dragged while the view is.
    const release = () => {
      view.removeEventListener('mousemove', move, { capture: true });
      view.removeEventListener('mouseup', up, { capture: true });
      view.removeEventListener('dragstart', stop, { capture: true });
      view.removeEventListener('selectstart', stop, { capture: true });
      endDrag = null;
    };
    endDrag = release;
    view.addEventListener('mousemove', move, { capture: true });
    view.addEventListener('mouseup', up, { capture: true });
    view.addEventListener('dragstart', stop, { capture: true });
    view.addEventListener('selectstart', stop, { capture: true });
  }

  const onDoubleClick = (event: MouseEvent): void => options.onDoubleClick(pointOf(event)[0], event.shiftKey);

  const touch = createTouchZoom({
    filter,
    pointOf,
    anchor,
    begin() {
      interrupt();
      begin('touch');
    },
    end: () => end('touch'),
    pin: (k, at, base) => show(pinned(k, at, base, width, scales), 'touch'),
    transform: () => current,
    onDoubleTap: (x) => options.onDoubleClick(x, false),
  });

  function jump(to: Transform): void {
    interrupt();
    begin('jump');
    show(to, null);
    end('jump');
  }

  function glide(to: Transform, duration: number): Promise<void> {
    interrupt();
    return new Promise((resolve) => {
      const path = smoothZoomPath(current, to, width);
      const started = performance.now();
      let cancelFrame = () => {};
      const finish = () => {
        cancelFrame();
        cancelGlide = null;
        end('glide');
        resolve();
      };
      const frame = () => {
        const t = duration > 0 ? Math.min(1, (performance.now() - started) / duration) : 1;
        show(path(easeInOut(t)), null);
        if (t < 1) cancelFrame = nextFrame(frame);
        else finish();
      };
      cancelGlide = finish;
      begin('glide');
      cancelFrame = nextFrame(frame);
    });
  }

  const controller = new AbortController();
  const on = <K extends keyof HTMLElementEventMap>(type: K, listener: (event: HTMLElementEventMap[K]) => void, passive = true) =>
    node.addEventListener(type, listener, { signal: controller.signal, passive });
  on('wheel', onWheel, false);
  on('mousedown', onMouseDown);
  on('dblclick', onDoubleClick);
  // Where touch is possible: touches are the gestures', not the page's scroll (the frame's CSS says so too).
  if (navigator.maxTouchPoints > 0 || 'ontouchstart' in node) {
    on('touchstart', touch.start);
    on('touchmove', touch.move, false);
    on('touchend', touch.end);
    on('touchcancel', touch.end);
  }

  return {
    transform: () => current,
    setWidth(next) {
      width = next;
    },
    jump,
    glide,
    destroy() {
      interrupt();
      endDrag?.();
      clearTimeout(wheelTimer);
      touch.destroy();
      controller.abort();
    },
  };
}
