import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCountIndex, buildTimeIndex, countOverlapping, countVisible, forEachVisible, lowerBound, upperBound } from './visibleRange';

/** Events as [t0, t1) pairs sorted by start, like the dataset's. */
const sortedEvents = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 3_000 })), { maxLength: 300 })
  .map((pairs) => pairs.map(([t0, length]) => ({ t0, t1: t0 + length })).sort((a, b) => a.t0 - b.t0));

describe('visible range by binary search', () => {
  it('finds the first index at or after a value, as a linear search does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, value) => {
        const sorted = [...values].sort((a, b) => a - b);
        const linear = sorted.findIndex((v) => v >= value);
        expect(lowerBound(sorted, value)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });

  it('agrees with a linear filter, including long events that began before the window', () => {
    fc.assert(
      fc.property(sortedEvents, fc.integer({ min: -3_000, max: 13_000 }), fc.integer({ min: 1, max: 5_000 }), (events, start, span) => {
        const end = start + span;
        const found: number[] = [];
        forEachVisible(buildTimeIndex(events), start, end, (i) => found.push(i));
        const expected = events.flatMap((e, i) => (e.t0 < end && e.t1 > start ? [i] : []));
        expect(found).toEqual(expected);
        expect(countVisible(buildTimeIndex(events), start, end)).toBe(expected.length);
      }),
    );
  });

  it('finds a period that covers the whole window', () => {
    const index = buildTimeIndex([
      { t0: 0, t1: 1000 },
      { t0: 10, t1: 11 },
    ]);
    expect(countVisible(index, 500, 600)).toBe(1);
  });
});

describe('counting what a window holds in O(log n)', () => {
  it('finds the first index past a value, as a linear search does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -5, max: 55 }), (values, value) => {
        const sorted = Float64Array.from(values).sort();
        expect(upperBound(sorted, value)).toBe(sorted.filter((x) => x <= value).length);
      }),
    );
  });

  it('counts the events overlapping any window exactly as a scan does, with ends at the window edge left out', () => {
    fc.assert(
      fc.property(sortedEvents, fc.integer({ min: -1_000, max: 14_000 }), fc.integer({ min: 0, max: 6_000 }), (events, start, width) => {
        const index = buildCountIndex(buildTimeIndex(events));
        const expected = events.filter((e) => e.t0 < start + width && e.t1 > start).length;
        expect(countOverlapping(index, start, start + width)).toBe(expected);
      }),
    );
  });
});
