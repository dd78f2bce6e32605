import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleExtent, timeToX, transformForWindow, windowForTransform } from './timeScale';
import { FULL_RANGE, MIN_SPAN, clampWindow, spanOf } from './viewWindow';
import { DAY } from '../model/duration';

/** Any window a reader can reach: within the full range and no narrower than the minimum. */
const aWindow = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b]) =>
  clampWindow({
    start: FULL_RANGE.start + a * spanOf(FULL_RANGE),
    end: FULL_RANGE.start + a * spanOf(FULL_RANGE) + MIN_SPAN + b * spanOf(FULL_RANGE),
  }),
);
const aWidth = fc.integer({ min: 200, max: 4000 });

describe('time scale', () => {
  it('the time window round-trips through the transform', () => {
    fc.assert(
      fc.property(aWindow, aWidth, (view, width) => {
        const back = windowForTransform(transformForWindow(view, width), width);
        expect(Math.abs(back.start - view.start)).toBeLessThan(1000);
        expect(Math.abs(back.end - view.end)).toBeLessThan(1000);
      }),
    );
  });

  it("puts the window's ends at the screen's edges: screen = k · base + x", () => {
    fc.assert(
      fc.property(aWindow, aWidth, (view, width) => {
        const t = transformForWindow(view, width);
        const base = (ms: number) => ((ms - FULL_RANGE.start) / spanOf(FULL_RANGE)) * width;
        expect(t.k * base(view.start) + t.x).toBeCloseTo(0, 3);
        expect(t.k * base(view.end) + t.x).toBeCloseTo(width, 3);
      }),
    );
  });

  it('maps a time to its pixel', () => {
    const view = { start: Date.UTC(2019, 10, 1), end: Date.UTC(2019, 11, 1) };
    expect(timeToX(view, 300, Date.UTC(2019, 10, 11))).toBeCloseTo(100, 6);
  });

  it('lets the zoom go from the whole range down to the narrowest window and no further', () => {
    const [min, max] = scaleExtent();
    expect(min).toBe(1);
    expect(windowForTransform({ k: max, x: 0 }, 1000).end - FULL_RANGE.start).toBeCloseTo(MIN_SPAN, -1);
    expect(MIN_SPAN).toBe(3 * DAY);
  });
});
