import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OVERSCAN_ROWS, rowsAround, rowsInViewport } from './listWindow';

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

describe('rowsAround', () => {
  it('always holds the row asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(), fc.integer({ min: 0, max: 2_000 }), (count, n, height) => {
        const index = n % count;
        const [from, to] = rowsAround(count, index, height, 70);
        expect(from).toBeLessThanOrEqual(index);
        expect(to).toBeGreaterThan(index);
      }),
    );
  });
});
