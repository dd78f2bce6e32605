import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERSCAN_ROWS, rowsInViewport, viewportAround, viewportWithin } from './listWindow';

describe('rowsInViewport', () => {
  it('covers the rows on screen, with the margin either side', () => {
    // Rows of 50 px; the viewport shows 1,000–1,400 px: rows 20 to 27.
    expect(rowsInViewport(1000, { top: 1000, height: 400 }, 50)).toEqual([20 - OVERSCAN_ROWS, 28 + OVERSCAN_ROWS]);
  });

  it('stays inside the list at both ends', () => {
    expect(rowsInViewport(1000, { top: -300, height: 400 }, 50)).toEqual([0, 8 + OVERSCAN_ROWS]);
    expect(rowsInViewport(30, { top: 10_000, height: 400 }, 50)).toEqual([29, 30]);
    expect(rowsInViewport(0, { top: 0, height: 400 }, 50)).toEqual([0, 0]);
  });

  it('renders at least one row of a non-empty list, wherever the viewport is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: -5_000, max: 900_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        (count, top, height) => {
          const [from, to] = rowsInViewport(count, { top, height }, 60);
          expect(from).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThanOrEqual(count);
          expect(to - from).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});

describe('viewportAround', () => {
  it('always holds the row asked for, also moved to where the list can scroll', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(), fc.integer({ min: 0, max: 2_000 }), (count, n, height) => {
        const index = n % count;
        const [from, to] = rowsInViewport(count, viewportWithin(viewportAround(index, height, 70), count, 70), 70);
        expect(from).toBeLessThanOrEqual(index);
        expect(to).toBeGreaterThan(index);
      }),
    );
  });
});

describe('viewportWithin', () => {
  it('moves a viewport below a shortened list up to its end, and leaves one inside it alone', () => {
    // 100 rows of 50 px end at 5,000 px: a 400 px viewport can start at 4,600 px at most.
    expect(viewportWithin({ top: 40_000, height: 400 }, 100, 50)).toEqual({ top: 4_600, height: 400 });
    expect(viewportWithin({ top: 1_000, height: 400 }, 100, 50)).toEqual({ top: 1_000, height: 400 });
    // A list shorter than the viewport is at its start.
    expect(viewportWithin({ top: 300, height: 400 }, 5, 50)).toEqual({ top: 0, height: 400 });
  });
});
