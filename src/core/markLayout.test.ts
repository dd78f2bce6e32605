import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BIN_PX, LANE_COUNT, LANE_GAP_PX, type LevelLayout, MARK_MIN_PX, MAX_MARKS_PER_BIN, WIDE_LANES, clusterAt, createLevelBuilder, layoutLevel, levelFor, levelMsPerPx } from './markLayout';
import { type TimeIndex, buildTimeIndex } from './visibleRange';
import { DAY } from '../model/duration';

const Y2019 = Date.UTC(2019, 0, 1);
/** Events within a few years of 2019, sorted by start: day points, and some long ones. */
const events = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 3 * 365 }), fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 400 }))), { maxLength: 200 })
  .map((pairs) => pairs.map(([day, length]) => ({ t0: Y2019 + day * DAY, t1: Y2019 + (day + length) * DAY })).sort((a, b) => a.t0 - b.t0));
const clustersOf = (layout: LevelLayout, index: TimeIndex) => Array.from(layout.clusterLo, (_, c) => clusterAt(layout, index, c));
const msPerPx = fc.double({ min: 2e5, max: 3e9, noNaN: true });

describe('lanes and clusters', () => {
  it('never puts two overlapping marks in the same lane, at the scale of the level or any finer one', () => {
    fc.assert(
      fc.property(events, msPerPx, fc.double({ min: 1, max: 2, noNaN: true }), (list, scale, finer) => {
        const layout = layoutLevel(buildTimeIndex(list), scale);
        const screen = scale / finer;
        for (let lane = 0; lane < LANE_COUNT; lane++) {
          const placed = list.filter((_, i) => layout.lane[i] === lane);
          for (let i = 1; i < placed.length; i++) {
            const [a, b] = [placed[i - 1], placed[i]];
            if (!a || !b) continue;
            const aEnd = Math.max(a.t1 / screen, a.t0 / screen + MARK_MIN_PX);
            expect(b.t0 / screen - aEnd).toBeGreaterThanOrEqual(LANE_GAP_PX - 1e-6);
          }
        }
      }),
    );
  });

  it('puts every event in exactly one mark: its own, or one cluster', () => {
    fc.assert(
      fc.property(events, msPerPx, (list, scale) => {
        const index = buildTimeIndex(list);
        const layout = layoutLevel(index, scale);
        const marks = new Array<number>(list.length).fill(0);
        list.forEach((_, i) => {
          if ((layout.lane[i] ?? -1) >= 0) marks[i] = (marks[i] ?? 0) + 1;
        });
        for (const cluster of clustersOf(layout, index)) for (let i = cluster.lo; i < cluster.hi; i++) marks[i] = (marks[i] ?? 0) + 1;
        expect(marks.every((count) => count === 1)).toBe(true);
      }),
    );
  });

  it('gives the same layout for the same events (stable while panning)', () => {
    fc.assert(
      fc.property(events, msPerPx, (list, scale) => {
        expect(layoutLevel(buildTimeIndex(list), scale)).toEqual(layoutLevel(buildTimeIndex([...list]), scale));
      }),
    );
  });

  it('clusters a bin only when it holds more events than fit, and each cluster stays within its bin', () => {
    fc.assert(
      fc.property(events, msPerPx, (list, scale) => {
        const index = buildTimeIndex(list);
        const layout = layoutLevel(index, scale);
        for (const cluster of clustersOf(layout, index)) {
          expect(cluster.binEnd - cluster.binStart).toBeCloseTo(BIN_PX * scale, 0);
          expect(cluster.firstStart).toBeGreaterThanOrEqual(cluster.binStart);
          expect(cluster.lastStart).toBeLessThan(cluster.binEnd);
        }
        const sparse = list.length <= MAX_MARKS_PER_BIN && new Set(list.map((e) => e.t0)).size === list.length && list.every((e) => e.t1 - e.t0 === DAY);
        if (sparse && scale <= DAY / (MARK_MIN_PX + LANE_GAP_PX)) expect(layout.clusterLo).toHaveLength(0);
      }),
    );
  });

  it('splits a cluster of events on different days when zoomed in far enough', () => {
    const days = Array.from({ length: 10 }, (_, d) => ({ t0: Y2019 + d * DAY, t1: Y2019 + (d + 1) * DAY }));
    const index = buildTimeIndex(days);
    expect(layoutLevel(index, levelMsPerPx(levelFor((730 * DAY) / 1000))).clusterLo.length).toBeGreaterThan(0);
    const close = layoutLevel(index, levelMsPerPx(levelFor((14 * DAY) / 1000)));
    expect(close.clusterLo).toHaveLength(0);
    expect(Array.from(close.lane).every((lane) => lane >= 0)).toBe(true);
  });

  it('keeps bars wider than a bin in the top lanes, so that long periods never crowd out the points', () => {
    fc.assert(
      fc.property(events, msPerPx, (list, scale) => {
        const layout = layoutLevel(buildTimeIndex(list), scale);
        list.forEach((e, i) => {
          const lane = layout.lane[i] ?? -1;
          if (lane < 0) return;
          const wide = (e.t1 - e.t0) / scale > BIN_PX && e.t1 - e.t0 > DAY;
          if (wide) expect(lane).toBeLessThan(WIDE_LANES);
          expect(Array.from(wide ? layout.wide.indices : layout.narrow.indices)).toContain(i);
        });
      }),
    );
  });

  it('fills lanes from the top: a mark or cluster goes lower only where every lane above it is taken', () => {
    fc.assert(
      fc.property(events, msPerPx, (list, scale) => {
        const index = buildTimeIndex(list);
        const layout = layoutLevel(index, scale);
        // Everything in the lanes, as [start px, end px) at the level's scale, in the order it was placed.
        const items = [
          ...list.flatMap((e, i) => ((layout.lane[i] ?? -1) >= 0 ? [{ at: e.t0, lane: layout.lane[i] ?? 0, x0: e.t0 / scale, x1: Math.max(e.t1 / scale, e.t0 / scale + MARK_MIN_PX), bar: (e.t1 - e.t0) / scale > BIN_PX && e.t1 - e.t0 > DAY }] : [])),
          ...clustersOf(layout, index).map((c) => ({ at: c.binStart, lane: c.lane, x0: c.binStart / scale, x1: c.binEnd / scale, bar: false })),
        ].sort((a, b) => a.at - b.at);
        let rows = 0;
        items.forEach((item, n) => {
          rows = Math.max(rows, item.lane + 1);
          const before = items.slice(0, n);
          const busy = (lane: number) => before.some((o) => o.lane === lane && o.x1 + LANE_GAP_PX > item.x0);
          for (let lane = 0; lane < Math.min(item.lane, item.bar ? WIDE_LANES : LANE_COUNT); lane++) expect(busy(lane)).toBe(true);
          // Clusters share the lanes with marks and never overlap them.
          if (item.lane < LANE_COUNT) expect(busy(item.lane)).toBe(false);
        });
        expect(layout.rows).toBe(rows);
      }),
    );
  });

  it('lays a level out the same in slices as all at once', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ t0: Y2019 + (i % 1500) * DAY, t1: Y2019 + ((i % 1500) + 1 + (i % 7 === 0 ? 300 : 0)) * DAY })).sort((a, b) => a.t0 - b.t0);
    const index = buildTimeIndex(many);
    const scale = DAY / 40;
    const builder = createLevelBuilder(index, scale);
    let slices = 0;
    let layout = builder.advance(() => true);
    while (!layout) {
      slices++;
      layout = builder.advance(() => true);
    }
    expect(slices).toBeGreaterThan(1);
    expect(layout).toEqual(layoutLevel(index, scale));
  });

  it('chooses a level no finer than the screen, so the layout is conservative', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e4, max: 1e10, noNaN: true }), (screen) => {
        expect(levelMsPerPx(levelFor(screen))).toBeGreaterThanOrEqual(screen * (1 - 1e-12));
        expect(levelMsPerPx(levelFor(screen) + 1)).toBeLessThan(screen);
      }),
    );
  });
});
