import { describe, expect, it } from 'vitest';
import { layoutLevel, levelMsPerPx } from '../core/markLayout';
import { buildTimeIndex } from '../core/visibleRange';
import { DAY } from '../model/duration';
import { createLayoutCache } from './layoutCache';

const Y2019 = Date.UTC(2019, 0, 1);

describe('createLayoutCache', () => {
  it('remembers each level once it is laid out', () => {
    const cache = createLayoutCache(buildTimeIndex([{ t0: Y2019, t1: Y2019 + DAY }]));
    expect(cache.get(5)).toBe(cache.get(5));
  });

  it('stands in with a slightly coarser ready level, lays the asked one out when idle, then says it is ready', async () => {
    const ready: number[] = [];
    const cache = createLayoutCache(buildTimeIndex([{ t0: Y2019, t1: Y2019 + DAY }]), (level) => ready.push(level));
    const coarse = cache.get(6);
    expect(cache.nearest(7)).toBe(coarse);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ready).toEqual([7]);
    expect(cache.nearest(7)).not.toBe(coarse);
    expect(cache.nearest(7)).toEqual(layoutLevel(buildTimeIndex([{ t0: Y2019, t1: Y2019 + DAY }]), levelMsPerPx(7)));
  });

  it('stands in with the nearest coarser level however far, and computes at once only when none is ready', async () => {
    const index = buildTimeIndex([{ t0: Y2019, t1: Y2019 + DAY }]);
    const ready: number[] = [];
    const cache = createLayoutCache(index, (level) => ready.push(level));
    const computedNow = cache.nearest(2);
    expect(computedNow).toEqual(layoutLevel(index, levelMsPerPx(2)));
    expect(ready).toEqual([]);
    expect(cache.nearest(9)).toBe(computedNow);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ready).toEqual([9]);
    expect(cache.nearest(9)).toEqual(layoutLevel(index, levelMsPerPx(9)));
  });

  it('does no more idle work once disposed', async () => {
    const ready: number[] = [];
    const cache = createLayoutCache(buildTimeIndex([{ t0: Y2019, t1: Y2019 + DAY }]), (level) => ready.push(level));
    cache.warm(3);
    cache.dispose();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ready).toEqual([]);
  });
});
