// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Transform } from '../core/timeScale';
import { defaultFilter, wheelPan, wheelZoom } from './panZoom';
import { type ZoomBehaviour, createZoomBehaviour } from './zoomBehaviour';

const WIDTH = 1000;
const SCALES: [number, number] = [1, 1000];
/** The date (base px) under the screen's `x` px. */
const dateAt = (t: Transform, x: number) => (x - t.x) / t.k;

let node: HTMLElement;
let behaviour: ZoomBehaviour;
let log: string[];
let doubleClicks: [number, boolean][];

beforeEach(() => {
  vi.useFakeTimers();
  node = document.createElement('div');
  document.body.append(node);
  // jsdom lays nothing out: the frame sits at the page's top left, so screen px are client px.
  node.getBoundingClientRect = () => new DOMRect(0, 0, WIDTH, 100);
  log = [];
  doubleClicks = [];
  behaviour = createZoomBehaviour({
    node,
    width: WIDTH,
    scales: SCALES,
    filter: defaultFilter,
    wheelZoom,
    wheelPan,
    onDoubleClick: (x, shift) => doubleClicks.push([x, shift]),
    onStart: () => log.push('start'),
    onZoom: () => log.push('zoom'),
    onEnd: () => log.push('end'),
  });
});

afterEach(() => {
  behaviour.destroy();
  node.remove();
  vi.useRealTimers();
});

const wheel = (init: WheelEventInit) => {
  const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, clientY: 50, ...init });
  node.dispatchEvent(event);
  return event;
};
const mouse = (target: EventTarget, type: string, clientX: number) => {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, clientX, clientY: 50, button: 0 });
  // A real press has the page's window as its view (the drag follows the pointer there).
  Object.defineProperty(event, 'view', { value: window });
  target.dispatchEvent(event);
  return event;
};
/** A touch event with the fingers `touches` on the frame, `changed` of them the ones this event is about. */
const touch = (type: string, touches: [number, number][], changed: number[] = touches.map((_, i) => i)) => {
  const list = (ids: number[]) => ids.map((id) => ({ identifier: id, clientX: touches[id]?.[0] ?? 0, clientY: 50 }));
  const event = new Event(type, { bubbles: true, cancelable: true });
  const present = type === 'touchend' ? touches.map((_, i) => i).filter((i) => !changed.includes(i)) : touches.map((_, i) => i);
  Object.defineProperties(event, { touches: { value: list(present) }, changedTouches: { value: list(changed) } });
  node.dispatchEvent(event);
  return event;
};

describe('the wheel', () => {
  it('zooms about the pointer, keeping the date under it, as one move that ends when the wheel rests', () => {
    behaviour.jump({ k: 4, x: -1500 });
    log = [];
    const before = dateAt(behaviour.transform(), 300);
    const event = wheel({ clientX: 300, deltaY: -100 });
    wheel({ clientX: 300, deltaY: -100 });
    expect(event.defaultPrevented).toBe(true);
    expect(behaviour.transform().k).toBeCloseTo(4 * 2 ** 0.4, 9);
    expect(dateAt(behaviour.transform(), 300)).toBeCloseTo(before, 9);
    expect(log).toEqual(['start', 'zoom', 'zoom']);
    vi.advanceTimersByTime(200);
    expect(log.at(-1)).toBe('end');
  });

  it('leaves the page to scroll when it cannot zoom out any further', () => {
    const event = wheel({ clientX: 300, deltaY: 100 });
    expect(event.defaultPrevented).toBe(false);
    expect(log).toEqual([]);
  });

  it('pans with a horizontal swipe, within the range', () => {
    behaviour.jump({ k: 4, x: -1500 });
    wheel({ clientX: 300, deltaX: 80, deltaY: 2 });
    expect(behaviour.transform()).toEqual({ k: 4, x: -1580 });
    wheel({ clientX: 300, deltaX: 5000 });
    expect(behaviour.transform()).toEqual({ k: 4, x: -3000 });
  });
});

describe('a drag', () => {
  it('pans with the pointer, and the click that ends it selects nothing', () => {
    behaviour.jump({ k: 4, x: -1500 });
    log = [];
    const clicked = vi.fn();
    node.addEventListener('click', clicked);
    mouse(node, 'mousedown', 500);
    mouse(window, 'mousemove', 400);
    mouse(window, 'mousemove', 350);
    mouse(window, 'mouseup', 350);
    mouse(node, 'click', 350);
    expect(behaviour.transform()).toEqual({ k: 4, x: -1650 });
    expect(log).toEqual(['start', 'zoom', 'zoom', 'end']);
    expect(clicked).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    mouse(node, 'click', 350);
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('a press without a move is a click', () => {
    const clicked = vi.fn();
    node.addEventListener('click', clicked);
    mouse(node, 'mousedown', 500);
    mouse(window, 'mouseup', 500);
    mouse(node, 'click', 500);
    expect(clicked).toHaveBeenCalledTimes(1);
  });
});

describe('touch', () => {
  it('pinches about the point between two fingers', () => {
    behaviour.jump({ k: 2, x: -500 });
    const between = dateAt(behaviour.transform(), 500);
    touch('touchstart', [[450, 50]], [0]);
    touch(
      'touchstart',
      [
        [450, 50],
        [550, 50],
      ],
      [1],
    );
    touch('touchmove', [
      [400, 50],
      [600, 50],
    ]);
    expect(behaviour.transform().k).toBeCloseTo(4, 9);
    expect(dateAt(behaviour.transform(), 500)).toBeCloseTo(between, 9);
    touch(
      'touchend',
      [
        [400, 50],
        [600, 50],
      ],
      [0, 1],
    );
    expect(log.at(-1)).toBe('end');
  });

  it('zooms in on a double tap where it was tapped', () => {
    touch('touchstart', [[300, 50]]);
    touch('touchend', [[300, 50]]);
    touch('touchstart', [[303, 50]]);
    touch('touchend', [[303, 50]]);
    expect(doubleClicks).toEqual([[303, false]]);
  });
});

describe('a glide', () => {
  it('moves over its duration to exactly where it goes, as one move', async () => {
    const to = { k: 8, x: -3000 };
    const arrived = behaviour.glide(to, 250);
    await vi.advanceTimersByTimeAsync(400);
    await arrived;
    expect(behaviour.transform()).toBe(to);
    expect(log[0]).toBe('start');
    expect(log.filter((e) => e === 'zoom').length).toBeGreaterThan(3);
    expect(log.at(-1)).toBe('end');
  });

  it('gives way to a gesture: it ends where it had got to, and the gesture is a move of its own', async () => {
    const arrived = behaviour.glide({ k: 8, x: -3000 }, 1000);
    await vi.advanceTimersByTimeAsync(100);
    mouse(node, 'mousedown', 500);
    await arrived;
    expect(behaviour.transform().k).toBeLessThan(8);
    expect(log.filter((e) => e !== 'zoom')).toEqual(['start', 'end', 'start']);
    mouse(window, 'mouseup', 500);
  });
});
