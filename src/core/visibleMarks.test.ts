import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterAt, layoutLevel, levelFor, levelMsPerPx } from './markLayout';
import { buildTimeIndex } from './visibleRange';
import { rowsInUse, visibleMarks } from './visibleMarks';
import { DAY } from '../model/duration';

const Y2000 = Date.UTC(2000, 0, 1);
const events = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 20 * 365 }), fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 5000 }))), { maxLength: 150 })
  .map((pairs) => pairs.map(([day, length]) => ({ t0: Y2000 + day * DAY, t1: Y2000 + (day + length) * DAY })).sort((a, b) => a.t0 - b.t0));

describe('the marks on screen', () => {
  it('are exactly the placed events and the clusters that overlap the window, as a linear scan finds them', () => {
    fc.assert(
      fc.property(events, fc.integer({ min: -365, max: 21 * 365 }), fc.integer({ min: 3, max: 8000 }), (list, fromDay, spanDays) => {
        const view = { start: Y2000 + fromDay * DAY, end: Y2000 + (fromDay + spanDays) * DAY };
        const width = 1000;
        const index = buildTimeIndex(list);
        const layout = layoutLevel(index, levelMsPerPx(levelFor((view.end - view.start) / width)));
        const marks = visibleMarks(index, layout, view, width);
        const shown = marks.lanes
          .flat()
          .map((m) => m.index)
          .sort((a, b) => a - b);
        const expected = list.flatMap((e, i) => ((layout.lane[i] ?? -1) >= 0 && e.t0 < view.end && e.t1 > view.start ? [i] : []));
        expect(shown).toEqual(expected);
        const all = Array.from(layout.clusterLo, (_, c) => clusterAt(layout, index, c));
        expect(marks.clusters.map((c) => c.cluster)).toEqual(all.filter((c) => c.binStart < view.end && c.binEnd > view.start));
      }),
    );
  });

  it('give each mark its span in screen pixels', () => {
    const list = [{ t0: Y2000 + 10 * DAY, t1: Y2000 + 11 * DAY }];
    const index = buildTimeIndex(list);
    const view = { start: Y2000, end: Y2000 + 100 * DAY };
    const [mark] = visibleMarks(index, layoutLevel(index, levelMsPerPx(levelFor(DAY / 10))), view, 1000).lanes.flat();
    expect(mark?.x0).toBeCloseTo(100, 6);
    expect(mark?.x1).toBeCloseTo(110, 6);
  });

  it('take up the rows down to the lowest lane that holds one of them, never more than the level uses', () => {
    fc.assert(
      fc.property(events, fc.integer({ min: -365, max: 21 * 365 }), fc.integer({ min: 3, max: 8000 }), (list, fromDay, spanDays) => {
        const view = { start: Y2000 + fromDay * DAY, end: Y2000 + (fromDay + spanDays) * DAY };
        const index = buildTimeIndex(list);
        const layout = layoutLevel(index, levelMsPerPx(levelFor((view.end - view.start) / 1000)));
        const marks = visibleMarks(index, layout, view, 1000);
        const lanes = [...marks.lanes.flat().map((m) => m.lane), ...marks.clusters.map((c) => c.cluster.lane)];
        expect(rowsInUse(marks)).toBe(lanes.length === 0 ? 0 : Math.max(...lanes) + 1);
        expect(rowsInUse(marks)).toBeLessThanOrEqual(layout.rows);
      }),
    );
  });
});
