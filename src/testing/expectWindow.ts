import { expect } from 'vitest';

interface Window {
  readonly start: number;
  readonly end: number;
}

/** Fails, naming the window and the event's times, unless `window` holds all of `[t0, t1]`. */
export function expectWindowToHold(window: Window | undefined, held: { readonly t0: number; readonly t1: number }): void {
  expect(window, 'no window').toBeDefined();
  expect(window?.start, 'the window starts after the event').toBeLessThanOrEqual(held.t0);
  expect(window?.end, 'the window ends before the event').toBeGreaterThanOrEqual(held.t1);
}

/** Fails, naming the end that is off and by how much, unless both ends are within `tolerance` ms of `expected`'s. */
export function expectWindowNear(window: Window, expected: Window, tolerance: number): void {
  expect(Math.abs(window.start - expected.start), `start ${new Date(window.start).toISOString()} is off by (ms)`).toBeLessThan(tolerance);
  expect(Math.abs(window.end - expected.end), `end ${new Date(window.end).toISOString()} is off by (ms)`).toBeLessThan(tolerance);
}
