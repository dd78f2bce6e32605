// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ViewWindow } from '../core/viewWindow';
import { resetAppStore, useAppStore } from '../store/store';
import { whenViewAtRest } from './viewAtRest';

const YEAR = 365 * 24 * 3600 * 1000;
const from = (startYear: number, years: number): ViewWindow => ({
  start: (startYear - 1970) * YEAR,
  end: (startYear - 1970 + years) * YEAR,
});
const store = () => useAppStore.getState();
/** One animation frame, with the view moved `to` a window first (a frame of a glide) or left where it is. */
const frame = (to?: ViewWindow) => {
  if (to) store().setView(to);
  vi.advanceTimersToNextFrame();
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  resetAppStore();
  store().setView(from(1960, 20));
});
afterEach(() => vi.useRealTimers());

describe('waiting for the view to come to rest', () => {
  it('runs at once when no move is under way, or the requested one has arrived', () => {
    const run = vi.fn();
    whenViewAtRest(run);
    expect(run).toHaveBeenCalledTimes(1);
    store().requestView(from(2019, 1));
    store().setView(from(2019, 1));
    whenViewAtRest(run);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs at once after a jump that does not glide', () => {
    const run = vi.fn();
    store().requestView(from(2019, 1), { animate: false });
    whenViewAtRest(run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits while a glide moves the view, and runs once it has arrived and stayed', () => {
    const run = vi.fn();
    store().requestView(from(2019, 1));
    whenViewAtRest(run);
    for (let year = 1965; year < 2019; year += 9) {
      frame(from(year, 10));
      expect(run).not.toHaveBeenCalled();
    }
    frame(from(2019, 1));
    frame();
    expect(run).not.toHaveBeenCalled();
    frame();
    expect(run).toHaveBeenCalledTimes(1);
    expect(store().view).toEqual(from(2019, 1));
    frame();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs where the view stopped when the reader interrupts the glide', () => {
    const run = vi.fn();
    store().requestView(from(2019, 1));
    whenViewAtRest(run);
    frame(from(1990, 10));
    frame();
    frame();
    expect(run).toHaveBeenCalledTimes(1);
    expect(store().view).toEqual(from(1990, 10));
  });
});
