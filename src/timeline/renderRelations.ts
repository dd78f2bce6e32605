import { timeToX } from '../core/timeScale';
import type { ViewWindow } from '../core/viewWindow';
import type { VisibleMarks } from '../core/visibleMarks';
import { otherEnd, relationsOf } from '../model/relations';
import type { Relation, TimelineEvent } from '../model/types';
import { LANE_HEIGHT } from './markBoxes';

const SVG = 'http://www.w3.org/2000/svg';
/** How far a relation to an event off screen reaches in from the edge: enough to show the way, not to claim a place. */
const STUB_PX = 44;
/** The glyph's middle, down from its lane's top (the glyph sits 3–13px above the lane's bottom). */
const GLYPH_MIDDLE_PX = LANE_HEIGHT - 8;
/** How high an arc rises above its higher end: enough to clear the labels between, no more than the axis above. */
const ARC_RISE_PX = 30;

export interface RelationContext {
  readonly events: readonly TimelineEvent[];
  readonly relations: readonly Relation[];
  readonly selectedIndex: number;
  readonly marks: VisibleMarks;
  readonly view: ViewWindow;
  readonly width: number;
}

interface End {
  readonly x: number;
  readonly y: number;
  /** -1: off screen to the left, 1: to the right, 0: on screen. */
  readonly off: -1 | 0 | 1;
}

/** Where an event stands on screen: its mark, or the cluster that holds it, or the side it is off to. */
function endOf(index: number, ctx: RelationContext): End | undefined {
  const event = ctx.events[index];
  if (!event) return undefined;
  const mark = ctx.marks.lanes.flat().find((m) => m.index === index);
  if (mark) {
    const x = Math.min(Math.max((Math.max(mark.x0, 0) + Math.min(mark.x1, ctx.width)) / 2, 0), ctx.width);
    return { x, y: mark.lane * LANE_HEIGHT + GLYPH_MIDDLE_PX, off: 0 };
  }
  const cluster = ctx.marks.clusters.find((c) => c.cluster.lo <= index && index < c.cluster.hi);
  if (cluster)
    return {
      x: (Math.max(cluster.x0, 0) + Math.min(cluster.x1, ctx.width)) / 2,
      y: cluster.cluster.lane * LANE_HEIGHT + LANE_HEIGHT / 2,
      off: 0,
    };
  const x = timeToX(ctx.view, ctx.width, (event.t0 + event.t1) / 2);
  return x < 0 ? { x: 0, y: 0, off: -1 } : x > ctx.width ? { x: ctx.width, y: 0, off: 1 } : undefined;
}

/** The path of a relation: an arc over the marks between two ends on screen, or a short stub toward one off it. */
function pathOf(from: End, to: End): string {
  if (to.off !== 0) {
    const tip = from.x + to.off * STUB_PX;
    const y = from.y - 6;
    return `M${from.x.toFixed(1)},${from.y.toFixed(1)} L${tip.toFixed(1)},${y.toFixed(1)} M${(tip - to.off * 6).toFixed(1)},${(y - 5).toFixed(1)} L${tip.toFixed(1)},${y.toFixed(1)} L${(tip - to.off * 6).toFixed(1)},${(y + 5).toFixed(1)}`;
  }
  const top = Math.min(from.y, to.y) - ARC_RISE_PX;
  return `M${from.x.toFixed(1)},${from.y.toFixed(1)} Q${((from.x + to.x) / 2).toFixed(1)},${top.toFixed(1)} ${to.x.toFixed(1)},${to.y.toFixed(1)}`;
}

/**
 * Draws the relations the sources draw from the selected event, between the marks, in an SVG over the lanes
 * (decoration only: the source panel lists the same relations for every reader). Nothing is drawn when no
 * event is selected or its mark is not on screen.
 */
export function createRelationLayer(lanesLayer: HTMLElement): (ctx: RelationContext) => void {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'timeline-relations');
  svg.setAttribute('aria-hidden', 'true');
  lanesLayer.before(svg);
  let key = '';
  let targets: { readonly index: number; readonly relation: Relation; readonly otherId: string }[] = [];

  return (ctx) => {
    const selected = ctx.events[ctx.selectedIndex];
    const nextKey = selected ? `${selected.id}:${ctx.relations.length}:${ctx.events.length}` : '';
    if (nextKey !== key) {
      key = nextKey;
      targets = selected
        ? relationsOf(ctx.relations, selected.id).flatMap((relation) => {
            const { otherId } = otherEnd(relation, selected.id);
            const index = ctx.events.findIndex((e) => e.id === otherId);
            return index >= 0 ? [{ index, relation, otherId }] : [];
          })
        : [];
    }
    const from = selected && endOf(ctx.selectedIndex, ctx);
    const paths =
      from && from.off === 0
        ? targets.flatMap((t) => {
            const to = endOf(t.index, ctx);
            return to ? [{ d: pathOf(from, to), t, stub: to.off !== 0 }] : [];
          })
        : [];
    while (svg.childElementCount > paths.length) svg.lastElementChild?.remove();
    paths.forEach(({ d, t, stub }, i) => {
      const path = svg.children[i] ?? svg.appendChild(document.createElementNS(SVG, 'path'));
      if (path.getAttribute('d') !== d) path.setAttribute('d', d);
      path.setAttribute('class', stub ? 'timeline-relation timeline-relation--stub' : 'timeline-relation');
      path.setAttribute('data-relation-kind', t.relation.kind);
      path.setAttribute('data-relation-to', t.otherId);
    });
  };
}
