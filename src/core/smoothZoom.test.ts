import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { easeInOut, smoothZoomPath } from './smoothZoom';
import type { Transform } from './timeScale';

const WIDTH = 1000;
/** The date (in base px) at the screen's centre, and the width of base px the screen shows. */
const centre = (t: Transform) => (WIDTH / 2 - t.x) / t.k;
const span = (t: Transform) => WIDTH / t.k;

/** Any transform the timeline can show: zoomed in up to 16 000 times, the range covering the screen. */
const aTransform = fc
  .tuple(fc.double({ min: 0, max: Math.log(16000), noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([logK, at]) => {
    const k = Math.exp(logK);
    return { k, x: WIDTH * (1 - k) * at };
  });

describe('a glide between two views', () => {
  it('starts where the view is and ends exactly where it is going', () => {
    fc.assert(
      fc.property(aTransform, aTransform, (from, to) => {
        const path = smoothZoomPath(from, to, WIDTH);
        const first = path(0);
        expect(first.k / from.k).toBeCloseTo(1, 6);
        expect(centre(first) - centre(from)).toBeCloseTo(0, 3);
        expect(path(1)).toBe(to);
      }),
    );
  });

  it('passes only through real views: finite, and never zoomed out past the whole range and more', () => {
    fc.assert(
      fc.property(aTransform, aTransform, fc.double({ min: 0, max: 1, noNaN: true }), (from, to, t) => {
        const now = smoothZoomPath(from, to, WIDTH)(t);
        expect(Number.isFinite(now.k) && Number.isFinite(now.x)).toBe(true);
        expect(now.k).toBeGreaterThan(0);
      }),
    );
  });

  it('zooms steadily about the centre when both views share it', () => {
    const from = { k: 1, x: 0 };
    const to = { k: 64, x: WIDTH / 2 - 500 * 64 };
    const path = smoothZoomPath(from, to, WIDTH);
    let last = span(from);
    for (let t = 0.1; t < 1; t += 0.1) {
      const now = path(t);
      expect(centre(now)).toBeCloseTo(500, 6);
      expect(span(now)).toBeLessThan(last);
      last = span(now);
    }
  });

  it('zooms out on the way between two far-apart views of the same width, and back in on arrival', () => {
    const k = 200;
    const from = { k, x: WIDTH / 2 - 100 * k };
    const to = { k, x: WIDTH / 2 - 900 * k };
    const middle = smoothZoomPath(from, to, WIDTH)(0.5);
    expect(span(middle)).toBeGreaterThan(10 * span(from));
    expect(centre(middle)).toBeCloseTo(500, 3);
  });
});

describe('the easing of a glide', () => {
  it('goes from 0 to 1, slow at both ends and symmetric', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5, 9);
    expect(easeInOut(0.1)).toBeLessThan(0.1);
    for (const t of [0.1, 0.3, 0.45]) expect(easeInOut(t) + easeInOut(1 - t)).toBeCloseTo(1, 9);
  });
});
