import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BIN_PX,
  DEFAULT_LANES,
  LANE_GAP_PX,
  type LevelLayout,
  MARK_MIN_PX,
  clusterAt,
  createLevelBuilder,
  layoutLevel,
  levelFor,
  levelMsPerPx,
  wideLanes,
} from './markLayout';
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
        for (let lane = 0; lane < DEFAULT_LANES; lane++) {
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
        expect(marks).toEqual(list.map(() => 1));
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
        const sparse =
          list.length <= DEFAULT_LANES && new Set(list.map((e) => e.t0)).size === list.length && list.every((e) => e.t1 - e.t0 === DAY);
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
    expect(Array.from(close.lane).filter((lane) => lane < 0)).toEqual([]);
  });

  it('keeps bars wider than a bin in the top lanes, so that long periods never crowd out the points', () => {
    fc.assert(
      fc.property(events, msPerPx, (list, scale) => {
        const layout = layoutLevel(buildTimeIndex(list), scale);
        list.forEach((e, i) => {
          const lane = layout.lane[i] ?? -1;
          if (lane < 0) return;
          const wide = (e.t1 - e.t0) / scale > BIN_PX && e.t1 - e.t0 > DAY;
          if (wide) expect(lane).toBeLessThan(wideLanes(DEFAULT_LANES));
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
          ...list.flatMap((e, i) =>
            (layout.lane[i] ?? -1) >= 0
              ? [
                  {
                    at: e.t0,
                    lane: layout.lane[i] ?? 0,
                    x0: e.t0 / scale,
                    x1: Math.max(e.t1 / scale, e.t0 / scale + MARK_MIN_PX),
                    bar: (e.t1 - e.t0) / scale > BIN_PX && e.t1 - e.t0 > DAY,
                  },
                ]
              : [],
          ),
          // A cluster takes its lane after the events of its bin that were placed one by one.
          ...clustersOf(layout, index).map((c) => ({
            at: c.firstStart,
            lane: c.lane,
            x0: c.binStart / scale,
            x1: c.binEnd / scale,
            bar: false,
          })),
        ].sort((a, b) => a.at - b.at);
        let rows = 0;
        items.forEach((item, n) => {
          rows = Math.max(rows, item.lane + 1);
          const before = items.slice(0, n);
          const busy = (lane: number) => before.some((o) => o.lane === lane && o.x1 + LANE_GAP_PX > item.x0);
          for (let lane = 0; lane < Math.min(item.lane, item.bar ? wideLanes(DEFAULT_LANES) : DEFAULT_LANES); lane++)
            expect(busy(lane)).toBe(true);
          // Clusters share the lanes with marks and never overlap them.
          if (item.lane < DEFAULT_LANES) expect(busy(item.lane)).toBe(false);
        });
        expect(layout.rows).toBe(rows);
      }),
    );
  });

  it('lays a level out the same in slices as all at once', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      t0: Y2019 + (i % 1500) * DAY,
      t1: Y2019 + ((i % 1500) + 1 + (i % 7 === 0 ? 300 : 0)) * DAY,
    })).sort((a, b) => a.t0 - b.t0);
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

  describe('with labels', () => {
    const labelled = fc.record({
      list: events,
      widths: fc.array(fc.integer({ min: 0, max: 220 }), { minLength: 200, maxLength: 200 }),
      lanes: fc.integer({ min: 1, max: 24 }),
    });
    const optionsOf = (widths: readonly number[], lanes: number) => ({ lanes, widthOf: (i: number) => widths[i] ?? 0 });

    it('keeps every mark and its label clear of the next mark in its lane, at the level or any finer scale', () => {
      fc.assert(
        fc.property(labelled, msPerPx, fc.double({ min: 1, max: 2, noNaN: true }), ({ list, widths, lanes }, scale, finer) => {
          const layout = layoutLevel(buildTimeIndex(list), scale, optionsOf(widths, lanes));
          const screen = scale / finer;
          for (let lane = 0; lane < lanes; lane++) {
            const placed = list.map((e, i) => ({ ...e, width: widths[i] ?? 0 })).filter((_, i) => layout.lane[i] === lane);
            for (let i = 1; i < placed.length; i++) {
              const [a, b] = [placed[i - 1], placed[i]];
              if (!a || !b) continue;
              // A label keeps its px width at every zoom; the time between the marks only grows on a finer screen.
              const aEnd = Math.max(a.t1 / screen, a.t0 / screen + Math.max(MARK_MIN_PX, a.width));
              expect(b.t0 / screen - aEnd).toBeGreaterThanOrEqual(LANE_GAP_PX - 1e-6);
            }
          }
        }),
      );
    });

    it('uses no lane past the ones it was given, except a row of clusters below them', () => {
      fc.assert(
        fc.property(labelled, msPerPx, ({ list, widths, lanes }, scale) => {
          const index = buildTimeIndex(list);
          const layout = layoutLevel(index, scale, optionsOf(widths, lanes));
          expect(Math.max(-1, ...layout.lane)).toBeLessThan(lanes);
          for (const cluster of clustersOf(layout, index)) expect(cluster.lane).toBeLessThanOrEqual(lanes);
          expect(layout.rows).toBeLessThanOrEqual(lanes + 1);
        }),
      );
    });

    it('makes no cluster while every event can have a lane of its own (bars leave the last lane to the points)', () => {
      fc.assert(
        fc.property(labelled, msPerPx, ({ list, widths }, scale) => {
          const layout = layoutLevel(buildTimeIndex(list), scale, optionsOf(widths, list.length + 1));
          expect(layout.clusterLo).toHaveLength(0);
          expect(Array.from(layout.lane).filter((lane) => lane < 0)).toEqual([]);
        }),
      );
    });

    it('shows what fits of a crowded bin one by one, and merges only the rest (two events at least) into its cluster', () => {
      fc.assert(
        fc.property(labelled, msPerPx, ({ list, widths, lanes }, scale) => {
          const index = buildTimeIndex(list);
          const layout = layoutLevel(index, scale, optionsOf(widths, lanes));
          for (const cluster of clustersOf(layout, index)) {
            // The cluster is the tail of its bin: every event of the bin before it has a lane of its own.
            const bin = list.flatMap((e, i) => (e.t0 >= cluster.binStart && e.t0 < cluster.binEnd ? [i] : []));
            expect(bin.at(-1)).toBe(cluster.hi - 1);
            for (const i of bin) {
              if (i < cluster.lo) expect(layout.lane[i] ?? -1, `event ${i}`).toBeGreaterThanOrEqual(0);
              else expect(layout.lane[i] ?? -1, `event ${i}`).toBe(-1);
            }
            if (cluster.lo > (bin[0] ?? 0)) expect(cluster.hi - cluster.lo).toBeGreaterThanOrEqual(2);
          }
        }),
      );
    });

    it('gives a crowded bin its lanes first and a cluster for the rest', () => {
      // Six events on one day: three lanes hold one each, the other three merge into a cluster below them.
      const six = Array.from({ length: 6 }, () => ({ t0: Y2019, t1: Y2019 + DAY }));
      const layout = layoutLevel(buildTimeIndex(six), DAY / 10, { lanes: 3, widthOf: () => 60 });
      expect(Array.from(layout.lane)).toEqual([0, 1, 2, -1, -1, -1]);
      expect([layout.clusterLo[0], layout.clusterHi[0], layout.clusterLane[0]]).toEqual([3, 6, 3]);
      // Four events for three lanes: the third joins the fourth, rather than leave a cluster of one.
      const four = layoutLevel(buildTimeIndex(six.slice(0, 4)), DAY / 10, { lanes: 3, widthOf: () => 60 });
      expect(Array.from(four.lane)).toEqual([0, 1, -1, -1]);
      expect([four.clusterLo[0], four.clusterHi[0], four.clusterLane[0]]).toEqual([2, 4, 2]);
    });

    it('puts a mark whose label would reach the next one in another lane', () => {
      const two = [
        { t0: Y2019, t1: Y2019 + DAY },
        { t0: Y2019 + 10 * DAY, t1: Y2019 + 11 * DAY },
      ];
      const scale = DAY / 10; // 10 px a day: the second mark starts 100 px after the first
      expect(Array.from(layoutLevel(buildTimeIndex(two), scale, { lanes: 3, widthOf: () => 60 }).lane)).toEqual([0, 0]);
      expect(Array.from(layoutLevel(buildTimeIndex(two), scale, { lanes: 3, widthOf: () => 140 }).lane)).toEqual([0, 1]);
    });
  });
});
