import type { PlacedMark, VisibleMarks } from '../core/visibleMarks';
import { hookDate } from '../model/partialDate';
import type { TimelineEvent } from '../model/types';
import { clusterName, markName, shortCount } from './markNames';
import { syncChildren } from './syncChildren';

/** Height of one lane, in px; the CSS sizes the lanes layer to match. */
export const LANE_HEIGHT = 30;
const POINT_PX = 10;
const LABEL_MIN_PX = 24;
/** An estimate of a label's width; CSS truncates with an ellipsis whatever does not fit. */
const labelPx = (text: string): number => text.length * 6.6 + 8;

/** A cluster's key: its run of the sorted events, the same at every level that forms it. */
export const clusterKey = (cluster: { readonly lo: number; readonly hi: number }): string => `c${cluster.lo}-${cluster.hi}`;

export type MarkKind = 'point' | 'span' | 'period';

/** A period is a bar; a day is a point; a week, month or year covers its whole extent as a band. */
export const markKind = (event: TimelineEvent): MarkKind =>
  event.end ? 'period' : event.start.precision === 'day' ? 'point' : 'span';

export interface MarkContext {
  readonly events: readonly TimelineEvent[];
  readonly width: number;
  /** The selected event's index in `events`, or -1. */
  readonly selectedIndex: number;
  readonly onRemoveFocused: () => void;
}

function createMark(event: TimelineEvent): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `mark mark--${markKind(event)}${event.status === 'happened' ? '' : ' mark--tentative'}`;
  button.dataset.eventId = event.id;
  button.dataset.start = hookDate(event.start);
  if (event.end) button.dataset.end = hookDate(event.end);
  button.setAttribute('aria-label', markName(event));
  const glyph = document.createElement('span');
  glyph.className = 'mark-glyph';
  const label = document.createElement('span');
  label.className = 'mark-label';
  label.textContent = event.title;
  button.append(glyph, label);
  return button;
}

/** Where a mark's glyph begins on screen: a point sits at the middle of its day; bars are clipped. */
const glyphLeft = (mark: PlacedMark, kind: MarkKind): number =>
  kind === 'point' ? (mark.x0 + mark.x1) / 2 - POINT_PX / 2 : Math.max(mark.x0, 0);

function placeMark(element: HTMLElement, mark: PlacedMark, kind: MarkKind, nextLeft: number, ctx: MarkContext, title: string): void {
  const left = glyphLeft(mark, kind);
  const glyphWidth = kind === 'point' ? POINT_PX : Math.max(Math.min(mark.x1, ctx.width + 2) - left, POINT_PX);
  const room = Math.min(nextLeft, ctx.width) - left - 6;
  const width = Math.max(glyphWidth, Math.min(room, labelPx(title)));
  element.style.transform = `translate(${left.toFixed(1)}px, ${mark.lane * LANE_HEIGHT}px)`;
  element.style.width = `${width.toFixed(1)}px`;
  const glyph = element.firstElementChild;
  if (glyph instanceof HTMLElement) glyph.style.width = `${glyphWidth.toFixed(1)}px`;
  element.classList.toggle('mark--unlabelled', room < LABEL_MIN_PX);
}

/** Draws the marks of each lane, with labels that stop before the next mark in the lane. */
export function renderMarks(layer: HTMLElement, marks: VisibleMarks, ctx: MarkContext): void {
  const items: { mark: PlacedMark; next: number }[] = [];
  for (const lane of marks.lanes) {
    lane.forEach((mark, i) => {
      const after = lane[i + 1];
      const event = after && ctx.events[after.index];
      items.push({ mark, next: after && event ? glyphLeft(after, markKind(event)) : Infinity });
    });
  }
  items.sort((a, b) => a.mark.index - b.mark.index);
  syncChildren(
    layer,
    items,
    (item) => ctx.events[item.mark.index]?.id ?? '',
    (item) => createMark(ctx.events[item.mark.index] as TimelineEvent),
    (element, { mark, next }) => {
      const event = ctx.events[mark.index];
      if (!event) return;
      placeMark(element, mark, markKind(event), next, ctx, event.title);
      const pressed = String(mark.index === ctx.selectedIndex);
      if (element.getAttribute('aria-pressed') !== pressed) element.setAttribute('aria-pressed', pressed);
    },
    ctx.onRemoveFocused,
  );
}

/** Draws the clusters, one per dense bin, each saying how many events it holds. */
export function renderClusters(layer: HTMLElement, marks: VisibleMarks, ctx: MarkContext): void {
  const selected = ctx.selectedIndex;
  syncChildren(
    layer,
    marks.clusters,
    (item) => clusterKey(item.cluster),
    (item) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'cluster';
      button.dataset.clusterSize = String(item.cluster.hi - item.cluster.lo);
      button.textContent = shortCount(item.cluster.hi - item.cluster.lo);
      button.setAttribute('aria-label', clusterName(item.cluster, ctx.events));
      return button;
    },
    (element, { cluster, x0, x1 }) => {
      // Clipped to the screen, so that the count stays in view when the bin runs off an edge.
      const left = Math.max(x0 + 1, 0);
      const right = Math.min(x1 - 1, ctx.width);
      element.style.transform = `translateX(${left.toFixed(1)}px)`;
      element.style.width = `${Math.max(right - left, 8).toFixed(1)}px`;
      element.classList.toggle('cluster--holds-selected', selected >= cluster.lo && selected < cluster.hi);
    },
    ctx.onRemoveFocused,
  );
}
