import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { panStep, zoomStep } from './zoomSteps';

const WIDTH = 1000;
const SCALES: [number, number] = [1, 16000];
const start = { k: 1, x: 0 };

describe('zoom and pan steps', () => {
  it('add up: five steps of 2 from the full view zoom 32 times, about the anchor', () => {
    let t = start;
    for (let i = 0; i < 5; i++) t = zoomStep(t, 2, 500, WIDTH, SCALES);
    expect(t.k).toBeCloseTo(32, 9);
    // The date under the anchor (base x = (500 - t.x) / k) stays the middle of the range.
    expect((500 - t.x) / t.k).toBeCloseTo(500, 6);
  });

  it('keep the date under the anchor fixed while the limits allow', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: WIDTH, noNaN: true }),
        (k, at, anchor) => {
          const from = { k, x: WIDTH * (1 - k) * at };
          const to = zoomStep(from, 2, anchor, WIDTH, SCALES);
          const before = (anchor - from.x) / from.k;
          const after = (anchor - to.x) / to.k;
          const clamped = to.x === 0 || Math.abs(to.x - WIDTH * (1 - to.k)) < 1e-6;
          if (!clamped) expect(after).toBeCloseTo(before, 6);
        },
      ),
    );
  });

  it('stop at the limits: never past the deepest zoom, never wider than the range, never off its ends', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(2, 0.5, 0), fc.double({ min: -800, max: 800, noNaN: true })), { maxLength: 40 }),
        (steps) => {
          let t = start;
          for (const [factor, move] of steps)
            t = factor ? zoomStep(t, factor, Math.abs(move), WIDTH, SCALES) : panStep(t, move, WIDTH, SCALES);
          expect(t.k).toBeGreaterThanOrEqual(SCALES[0]);
          expect(t.k).toBeLessThanOrEqual(SCALES[1]);
          expect(t.x).toBeLessThanOrEqual(0);
          expect(t.x).toBeGreaterThanOrEqual(WIDTH * (1 - t.k) - 1e-6);
        },
      ),
    );
  });

  it('pan by whole steps that add up', () => {
    let t = { k: 32, x: -15000 };
    for (let i = 0; i < 5; i++) t = panStep(t, 150, WIDTH, SCALES);
    expect(t.x).toBe(-15750);
  });
});
