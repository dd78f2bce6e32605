import { LANE_GAP_PX } from '../core/markLayout';
import type { ClusterMark, PlacedMark } from '../core/visibleMarks';
import { type TimelineEvent, isBounded, isPeriod } from '../model/types';

/** Height of one lane, in px; the CSS sizes the lanes layer to match. */
export const LANE_HEIGHT = 30;
export const POINT_PX = 10;
/** A label narrower than this says too little to be worth showing: it is hidden (the mark keeps its name). */
export const LABEL_MIN_PX = 24;
/** The space kept between the end of a label and the next mark in its lane. */
export const LABEL_GAP_PX = 6;
/** An estimate of a label's width; CSS truncates with an ellipsis whatever does not fit its box. */
export const labelPx = (text: string): number => text.length * 6.6 + 8;

export type MarkKind = 'point' | 'span' | 'period';

/** A period is a bar; a day is a point; a week, month or year covers its whole extent as a band. */
export const markKind = (event: TimelineEvent): MarkKind =>
  isPeriod(event) ? 'period' : isBounded(event) || event.start.precision !== 'day' ? 'span' : 'point';

/** Where a mark stands on screen: its glyph, and the box its label may use (the button's box). */
export interface MarkBox {
  readonly mark: PlacedMark;
  readonly left: number;
  readonly glyphWidth: number;
  /** The button's width: the glyph's, or the label's where it is longer and has room. */
  readonly width: number;
  readonly labelled: boolean;
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
 * The boxes of the marks of each lane (clusters share the lanes and stop labels as marks do). A label runs from its glyph's start towards the next glyph to its
 * right in the same lane, found by sorting the lane by position: a lane's marks come in any order (bars
 * and points share lanes), and a label measured against the wrong neighbour would run over other marks.
 * A label stops LABEL_GAP_PX short of the next glyph and the screen's edge, shortened (CSS ellipsis) or,
 * with less than LABEL_MIN_PX of room, hidden.
 */
export function markBoxes(lanes: readonly (readonly PlacedMark[])[], clusters: readonly ClusterMark[], kindOf: (index: number) => MarkKind, titleOf: (index: number) => string, screenWidth: number): MarkBox[] {
  const boxes: MarkBox[] = [];
  const clusterLefts = lanes.map((_, l) => clusters.filter((c) => c.cluster.lane === l).map(clusterLeft));
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
    placed.forEach(({ mark, left, glyphWidth }, i) => {
      const next = Math.min(placed[i + 1]?.left ?? Infinity, ...lefts.filter((x) => x > left));
      const room = Math.min(next, screenWidth) - left - LABEL_GAP_PX;
      const labelled = room >= LABEL_MIN_PX;
      const width = labelled ? Math.max(glyphWidth, Math.min(room, labelPx(titleOf(mark.index)))) : glyphWidth;
      boxes.push({ mark, left, glyphWidth, width, labelled });
    });
  });
  return boxes.sort((a, b) => a.mark.index - b.mark.index);
}
