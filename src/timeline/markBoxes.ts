import { LANE_GAP_PX } from '../core/markLayout';
import { SIZES } from '../design/tokens';
import type { ClusterMark, PlacedMark } from '../core/visibleMarks';
import { type TimelineEvent, isBounded, isPeriod } from '../model/types';

/** Height of one lane, in px: a label's line above its glyph (the CSS reads the same token). */
export const LANE_HEIGHT = SIZES['lane-height'];
/** A point event's glyph, in px. */
export const POINT_PX = SIZES['point-size'];
/** A label narrower than this says too little to be worth showing: it is hidden (the mark keeps its name). */
export const LABEL_MIN_PX = 24;
/** The space kept between the end of a label and the next mark in its lane. */
export const LABEL_GAP_PX = 6;

/** The px a mark takes up in its lane whatever the zoom: its label's width (at least its glyph's) and the gap after it. */
export const markRoomPx = (labelWidth: number): number => Math.max(POINT_PX, labelWidth) + LABEL_GAP_PX;

export type MarkKind = 'point' | 'span' | 'period';

/** A period is a bar; a day is a point; a week, month or year covers its whole extent as a band. */
export const markKind = (event: TimelineEvent): MarkKind =>
  isPeriod(event) ? 'period' : isBounded(event) || event.start.precision !== 'day' ? 'span' : 'point';

/** Where a mark stands on screen: the button's box, and within the screen its glyph and its label. */
export interface MarkBox {
  readonly mark: PlacedMark;
  /** The button: the union of its glyph and its label. */
  readonly left: number;
  readonly width: number;
  readonly glyphLeft: number;
  readonly glyphWidth: number;
  readonly labelLeft: number;
  readonly labelWidth: number;
  readonly labelled: boolean;
  /** The label has all the room it needs: nothing of it is cut. */
  readonly whole: boolean;
}

/**
 * Where a mark's glyph begins: a point sits at the middle of its day, but where a day is narrower than the
 * dot it reaches no further left than the lane's gap allows (the layout keeps LANE_GAP_PX clear before a
 * mark's start), so it never touches the mark before it; bars are clipped to the screen.
 */
const glyphLeft = (mark: PlacedMark, kind: MarkKind): number =>
  kind === 'point' ? Math.max((mark.x0 + mark.x1) / 2 - POINT_PX / 2, mark.x0 - (LANE_GAP_PX - 1)) : Math.max(mark.x0, 0);

/** Where a cluster's pill begins: clipped to the screen, so that its count stays in view. */
export const clusterLeft = (cluster: ClusterMark): number => Math.max(cluster.x0 + 1, 0);

/**
 * The boxes of the marks of each lane (clusters share the lanes and stop labels as marks do), found by
 * sorting the lane by position: a lane's marks come in any order (bars and points share lanes). A label
 * starts at its glyph; where the next mark or the screen's edge leaves it too little room, it moves left
 * (still over its glyph, clear of the mark before it) to be read whole. Only where no such place exists is
 * it shortened (CSS ellipsis) or, with less than LABEL_MIN_PX of room, hidden.
 */
export function markBoxes(
  lanes: readonly (readonly PlacedMark[])[],
  clusters: readonly ClusterMark[],
  kindOf: (index: number) => MarkKind,
  labelWidthOf: (index: number) => number,
  screenWidth: number,
): MarkBox[] {
  const boxes: MarkBox[] = [];
  const clusterLefts = lanes.map((_, l) => clusters.filter((c) => c.cluster.lane === l).map(clusterLeft));
  const clusterRights = lanes.map((_, l) => clusters.filter((c) => c.cluster.lane === l).map((c) => c.x1 - 1));
  lanes.forEach((lane, l) => {
    const placed = lane
      .map((mark) => {
        const kind = kindOf(mark.index);
        const left = glyphLeft(mark, kind);
        // A short bar is drawn at least a dot wide from its start (as the layout reserves), not from the screen's edge.
        const glyphWidth = kind === 'point' ? POINT_PX : Math.max(Math.min(mark.x1, screenWidth + 2), mark.x0 + POINT_PX) - left;
        return { mark, left, glyphWidth };
      })
      .sort((a, b) => a.left - b.left || a.mark.index - b.mark.index);
    const lefts = clusterLefts[l] ?? [];
    const rights = clusterRights[l] ?? [];
    let previousEnd = -Infinity;
    placed.forEach(({ mark, left, glyphWidth }, i) => {
      const nextMark = Math.min(placed[i + 1]?.left ?? Infinity, ...lefts.filter((x) => x > left));
      // A label keeps a gap before the next mark, but may run up to the screen's edge itself.
      const limit = nextMark - LABEL_GAP_PX < screenWidth ? nextMark - LABEL_GAP_PX : screenWidth;
      const before = Math.max(previousEnd, ...rights.filter((x) => x <= left));
      const need = labelWidthOf(mark.index);
      // The furthest left and right a whole label may start, and the place nearest its glyph between them.
      const lowest = Math.max(0, before + LABEL_GAP_PX);
      const highest = limit - need;
      const start = Math.min(Math.max(left, lowest), highest);
      const whole = start >= lowest && start <= left + glyphWidth;
      const room = limit - left;
      const labelled = whole || room >= LABEL_MIN_PX;
      const labelLeft = whole ? start : left;
      const labelWidth = whole ? need : labelled ? Math.min(room, need) : 0;
      const boxLeft = labelled ? Math.min(left, labelLeft) : left;
      const boxRight = Math.max(left + glyphWidth, labelLeft + labelWidth);
      boxes.push({ mark, left: boxLeft, width: boxRight - boxLeft, glyphLeft: left, glyphWidth, labelLeft, labelWidth, labelled, whole });
      previousEnd = boxRight;
    });
  });
  return boxes.sort((a, b) => a.mark.index - b.mark.index);
}
