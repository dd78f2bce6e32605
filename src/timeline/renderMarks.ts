import type { VisibleMarks } from '../core/visibleMarks';
import { dateHooks } from '../model/dateHooks';
import type { TimelineEvent } from '../model/types';
import { applyBoundFade } from './boundFade';
import { LANE_HEIGHT, clusterLeft, markBoxes, markKind } from './markBoxes';
import { type MarkWords, clusterName, markName, shortCount } from './markNames';
import type { SearchMatches } from './searchMatches';
import { syncChildren } from './syncChildren';

/** A cluster's key: its run of the sorted events, the same at every level that forms it. */
export const clusterKey = (cluster: { readonly lo: number; readonly hi: number }): string => `c${cluster.lo}-${cluster.hi}`;

export interface MarkContext {
  readonly events: readonly TimelineEvent[];
  readonly width: number;
  /** A label's width on screen, in px. */
  readonly labelWidth: (text: string) => number;
  /** The selected event's index in `events`, or -1. */
  readonly selectedIndex: number;
  /** What a search found: the rest dims. Null when there is no search. */
  readonly matches: SearchMatches | null;
  readonly onRemoveFocused: () => void;
  /** The page's language, for the marks' and clusters' names. */
  readonly words: MarkWords;
}

function createMark(event: TimelineEvent, words: MarkWords): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `mark mark--${markKind(event)}${event.status === 'happened' ? '' : ' mark--tentative'}`;
  button.dataset.eventId = event.id;
  Object.assign(button.dataset, dateHooks(event));
  button.setAttribute('aria-label', markName(event, words));
  const glyph = document.createElement('span');
  glyph.className = 'mark-glyph';
  const label = document.createElement('span');
  label.className = 'mark-label';
  label.textContent = event.label;
  button.append(glyph, label);
  return button;
}

/** Draws the marks of each lane, each label whole where its lane has room for it (see markBoxes). */
export function renderMarks(layer: HTMLElement, marks: VisibleMarks, ctx: MarkContext): void {
  const event = (index: number) => ctx.events[index] as TimelineEvent;
  syncChildren(
    layer,
    markBoxes(
      marks.lanes,
      marks.clusters,
      (index) => markKind(event(index)),
      (index) => ctx.labelWidth(event(index).label),
      ctx.width,
    ),
    (box) => ctx.events[box.mark.index]?.id ?? '',
    (box) => createMark(event(box.mark.index), ctx.words),
    (element, { mark, left, width, glyphLeft, glyphWidth, labelLeft, labelWidth, labelled }) => {
      element.style.transform = `translate(${left.toFixed(1)}px, ${mark.lane * LANE_HEIGHT}px)`;
      element.style.width = `${width.toFixed(1)}px`;
      const [glyph, label] = [element.firstElementChild, element.lastElementChild];
      if (glyph instanceof HTMLElement) {
        glyph.style.left = `${(glyphLeft - left).toFixed(1)}px`;
        glyph.style.width = `${glyphWidth.toFixed(1)}px`;
        applyBoundFade(element, glyph, event(mark.index), mark, glyphLeft);
      }
      if (label instanceof HTMLElement) {
        label.style.left = `${(labelLeft - left).toFixed(1)}px`;
        label.style.width = `${labelWidth.toFixed(1)}px`;
      }
      element.classList.toggle('mark--unlabelled', !labelled);
      const found = ctx.matches?.has(mark.index);
      element.classList.toggle('mark--dimmed', found === false);
      element.classList.toggle('mark--found', found === true);
      const pressed = String(mark.index === ctx.selectedIndex);
      if (element.getAttribute('aria-pressed') !== pressed) element.setAttribute('aria-pressed', pressed);
    },
    ctx.onRemoveFocused,
  );
}

/** Draws the clusters, one per dense bin in its lane, each saying how many events it holds. */
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
      button.textContent = shortCount(item.cluster.hi - item.cluster.lo, ctx.words);
      button.setAttribute('aria-label', clusterName(item.cluster, ctx.events, ctx.words));
      return button;
    },
    (element, item) => {
      const { cluster, x1 } = item;
      // Clipped to the screen, so that the count stays in view when the bin runs off an edge.
      const left = clusterLeft(item);
      const right = Math.min(x1 - 1, ctx.width);
      element.style.transform = `translate(${left.toFixed(1)}px, ${cluster.lane * LANE_HEIGHT}px)`;
      element.style.width = `${Math.max(right - left, 8).toFixed(1)}px`;
      element.classList.toggle('cluster--holds-selected', selected >= cluster.lo && selected < cluster.hi);
      element.classList.toggle('cluster--dimmed', ctx.matches !== null && !ctx.matches.anyIn(cluster.lo, cluster.hi));
    },
    ctx.onRemoveFocused,
  );
}
