import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutLevel, levelFor, levelMsPerPx } from '../core/markLayout';
import { buildTimeIndex } from '../core/visibleRange';
import { visibleMarks } from '../core/visibleMarks';
import type { ClusterMark } from '../core/visibleMarks';
import { LABEL_MIN_PX, type MarkBox, clusterLeft, markBoxes } from './markBoxes';
import { estimateLabelWidth } from './labelWidths';
import { DAY } from '../model/duration';

const Y2019 = Date.UTC(2019, 0, 1);
/** Events within a few years of 2019, sorted by start: day points, and spans up to a year and more. */
const events = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 3 * 365 }),
      fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 500 })),
      fc.integer({ min: 3, max: 90 }),
    ),
    { maxLength: 120 },
  )
  .map((rows) =>
    rows
      .map(([day, length, titleLength]) => ({ t0: Y2019 + day * DAY, t1: Y2019 + (day + length) * DAY, title: 'x'.repeat(titleLength) }))
      .sort((a, b) => a.t0 - b.t0),
  );

const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => a0 < b1 - 1e-6 && b0 < a1 - 1e-6;

/** Every pair in one lane where a shown label covers another mark's glyph or label, or a cluster. */
function collisions(boxes: readonly MarkBox[], clusters: readonly ClusterMark[]): string[] {
  const found: string[] = [];
  for (const a of boxes) {
    if (!a.labelled) continue;
    const [a0, a1] = [a.labelLeft, a.labelLeft + a.labelWidth];
    for (const c of clusters) {
      if (c.cluster.lane === a.mark.lane && overlaps(a0, a1, clusterLeft(c), c.x1 - 1))
        found.push(`label ${a.mark.index} covers cluster ${c.cluster.lo}`);
    }
    for (const b of boxes) {
      if (a === b || a.mark.lane !== b.mark.lane) continue;
      if (overlaps(a0, a1, b.glyphLeft, b.glyphLeft + b.glyphWidth)) found.push(`label ${a.mark.index} covers mark ${b.mark.index}`);
      if (b.labelled && overlaps(a0, a1, b.labelLeft, b.labelLeft + b.labelWidth)) found.push(`labels ${a.mark.index} and ${b.mark.index}`);
    }
  }
  return found;
}

describe('mark and label boxes', () => {
  it('never let a label overlap another label or cover another mark of its lane, whatever order a lane lists its marks in', () => {
    fc.assert(
      fc.property(
        events,
        fc.integer({ min: -30, max: 3 * 365 }),
        fc.integer({ min: 3, max: 1500 }),
        fc.integer({ min: 320, max: 1600 }),
        (list, fromDay, spanDays, width) => {
          const view = { start: Y2019 + fromDay * DAY, end: Y2019 + (fromDay + spanDays) * DAY };
          const index = buildTimeIndex(list);
          const marks = visibleMarks(index, layoutLevel(index, levelMsPerPx(levelFor((view.end - view.start) / width))), view, width);
          const kindOf = (i: number) => ((list[i]?.t1 ?? 0) - (list[i]?.t0 ?? 0) <= DAY ? 'point' : 'period');
          const titleOf = (i: number) => estimateLabelWidth(list[i]?.title ?? '');
          const boxes = markBoxes(marks.lanes, marks.clusters, kindOf, titleOf, width);
          expect(collisions(boxes, marks.clusters)).toEqual([]);
          // Lanes listed back to front give the same boxes.
          expect(
            markBoxes(
              marks.lanes.map((lane) => [...lane].reverse()),
              marks.clusters,
              kindOf,
              titleOf,
              width,
            ),
          ).toEqual(boxes);
          // A label ends before the screen's edge, and a whole label stands over its own glyph.
          for (const box of boxes) {
            expect(box.labelLeft + box.labelWidth).toBeLessThanOrEqual(width);
            if (box.whole) expect(box.labelLeft).toBeLessThanOrEqual(box.glyphLeft + box.glyphWidth);
            if (box.whole) expect(box.labelLeft + box.labelWidth).toBeGreaterThanOrEqual(box.glyphLeft);
          }
        },
      ),
    );
  });

  it('lets a label moved back from the screen edge still reach its glyph, even a glyph that starts within a gap of the edge', () => {
    const [box] = markBoxes(
      [[{ index: 0, lane: 0, x0: 317, x1: 323 }]],
      [],
      () => 'period',
      () => 23,
      320,
    );
    expect(box?.whole).toBe(true);
    expect(box?.labelLeft).toBe(297);
    expect((box?.labelLeft ?? 0) + (box?.labelWidth ?? 0)).toBe(320);
  });

  it('measures a label against the mark to its right, not the next one listed', () => {
    // A bar listed first and a point listed second, but the point lies left of the bar.
    const lanes = [
      [
        { index: 0, lane: 0, x0: 300, x1: 500 },
        { index: 1, lane: 0, x0: 100, x1: 102 },
      ],
    ];
    const [point, bar] = [
      ...markBoxes(
        lanes,
        [],
        (i) => (i === 0 ? 'period' : 'point'),
        () => 900,
        1000,
      ),
    ].sort((a, b) => a.left - b.left);
    expect(point?.labelled).toBe(true);
    expect((point?.labelLeft ?? 0) + (point?.labelWidth ?? 0)).toBeLessThanOrEqual(bar?.glyphLeft ?? 0);
    expect(bar?.labelled).toBe(true);
  });

  it('stops a label before a cluster in its lane', () => {
    const cluster = { lo: 5, hi: 9, binStart: 0, binEnd: 1, lane: 0, firstStart: 0, lastStart: 0 };
    const [point] = markBoxes(
      [[{ index: 0, lane: 0, x0: 100, x1: 101 }]],
      [{ cluster, x0: 160, x1: 200 }],
      () => 'point',
      () => 200,
      1000,
    );
    expect((point?.labelLeft ?? 0) + (point?.labelWidth ?? 0)).toBeLessThanOrEqual(161);
  });

  it('hides a label with less room than it needs to say anything, and keeps the glyph', () => {
    // The mark before it takes the room on its left, the mark after it the room on its right.
    const lanes = [
      [
        { index: 0, lane: 0, x0: 40, x1: 41 },
        { index: 1, lane: 0, x0: 100, x1: 101 },
        { index: 2, lane: 0, x0: 100 + LABEL_MIN_PX, x1: 101 + LABEL_MIN_PX },
      ],
    ];
    const [before, middle] = markBoxes(
      lanes,
      [],
      () => 'point',
      () => 60,
      1000,
    );
    expect(before?.whole).toBe(true);
    expect(middle?.labelled).toBe(false);
    expect(middle?.width).toBe(middle?.glyphWidth);
  });

  it('moves a label that would run off the right edge back over its glyph, whole, when its lane is free there', () => {
    const [point] = markBoxes(
      [[{ index: 0, lane: 0, x0: 960, x1: 962 }]],
      [],
      () => 'point',
      () => 150,
      1000,
    );
    expect(point?.whole).toBe(true);
    expect((point?.labelLeft ?? 0) + (point?.labelWidth ?? 0)).toBeLessThanOrEqual(1000);
    expect(point?.labelWidth).toBe(150);
  });

  it('keeps a moved label clear of the mark before it, and shortens it where even that leaves too little room', () => {
    const lanes = [
      [
        { index: 0, lane: 0, x0: 800, x1: 802 },
        { index: 1, lane: 0, x0: 960, x1: 962 },
      ],
    ];
    const [first, last] = markBoxes(
      lanes,
      [],
      () => 'point',
      () => 150,
      1000,
    );
    expect(first?.whole).toBe(true);
    expect(last?.whole).toBe(false);
    expect(last?.labelLeft).toBeGreaterThanOrEqual((first?.labelLeft ?? 0) + (first?.labelWidth ?? 0));
  });
});
