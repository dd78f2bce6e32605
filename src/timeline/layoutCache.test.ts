import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { layoutLevel, levelMsPerPx } from '../core/markLayout';
import { buildTimeIndex } from '../core/visibleRange';
import { DAY } from '../model/duration';
import { createLayoutCache } from './layoutCache';

const Y2019 = Date.UTC(2019, 0, 1);

// Idle work runs from timers here (node has no requestIdleCallback): the tests run every timer due, not wait for them.
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createLayoutCache', () => {
  it('remembers each level once it is laid out', () => {
    const cache = createLayoutCache(buildTimeIndex([{ t0: Y2019, t1: Y2019 + DAY }]));
    expect(cache.get(5)).toBe(cache.get(5));
  });

  it('stands in with a slightly coarser ready level, lays the asked one out when idle, then says it is ready', () => {
    const ready: number[] = [];
    const cache = createLayoutCache(buildTimeIndex([{ t0: Y2019, t1: Y2019 + DAY }]), (level) => ready.push(level));
    const coarse = cache.get(6);
    expect(cache.nearest(7)).toBe(coarse);
    expect(ready).toEqual([]);
    vi.runAllTimers();
    expect(ready).toEqual([7]);
    expect(cache.nearest(7)).not.toBe(coarse);
    expect(cache.nearest(7)).toEqual(layoutLevel(buildTimeIndex([{ t0: Y2019, t1: Y2019 + DAY }]), levelMsPerPx(7)));
  });

  it('stands in with the nearest coarser level however far, and computes at once only when none is ready', () => {
    const index = buildTimeIndex([{ t0: Y2019, t1: Y2019 + DAY }]);
    const ready: number[] = [];
    const cache = createLayoutCache(index, (level) => ready.push(level));
    const computedNow = cache.nearest(2);
    expect(computedNow).toEqual(layoutLevel(index, levelMsPerPx(2)));
    expect(ready).toEqual([]);
    expect(cache.nearest(9)).toBe(computedNow);
    vi.runAllTimers();
    expect(ready).toEqual([9]);
    expect(cache.nearest(9)).toEqual(layoutLevel(index, levelMsPerPx(9)));
  });

  it('does no more idle work once disposed', () => {
    const ready: number[] = [];
    const cache = createLayoutCache(buildTimeIndex([{ t0: Y2019, t1: Y2019 + DAY }]), (level) => ready.push(level));
    cache.warm(3);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    cache.dispose();
    vi.runAllTimers();
    expect(ready).toEqual([]);
  });

  it('stops its idle work while paused, keeps what it laid out, and takes the work up again when resumed', () => {
    const ready: number[] = [];
    const cache = createLayoutCache(buildTimeIndex([{ t0: Y2019, t1: Y2019 + DAY }]), (level) => ready.push(level));
    const done = cache.get(2);
    cache.warm(3);
    cache.pause();
    vi.runAllTimers();
    expect(ready).toEqual([]);
    cache.warm(4);
    vi.runAllTimers();
    expect(ready).toEqual([]);
    cache.resume();
    vi.runAllTimers();
    expect(ready.sort()).toEqual([3, 4]);
    expect(cache.get(2)).toBe(done);
  });
});
