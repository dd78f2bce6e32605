import { describeView } from '../core/describeView';
import { type Cluster, levelFor } from '../core/markLayout';
import { buildTimeIndex, countVisible } from '../core/visibleRange';
import { rowsInUse, visibleMarks } from '../core/visibleMarks';
import { windowShowing } from '../core/focusWindow';
import { type ViewWindow, spanOf } from '../core/viewWindow';
import type { PartialDate } from '../model/partialDate';
import type { EventLink, TimelineEvent } from '../model/types';
import { type LabelWidth, labelWidthFor } from './labelWidths';
import { createFrameRows, measure, watchFrameSize, windowLaneCap } from './frameSize';
import { ANNOUNCE_SETTLE_MS } from './motion';
import { createPanZoom } from './panZoom';
import { createZoomLevels } from './zoomLevels';
import { renderAxis } from './renderAxis';
import { renderLinkedDate } from './renderLinkedDate';
import type { LinkContext } from './renderLinks';
import { clusterKey, renderClusters, renderMarks } from './renderMarks';
import { type FocusOrder, applyTabStop, elementFor, focusOrderOf } from './rovingFocus';

export interface TimelineLayers {
  /** The focusable frame that d3-zoom listens on. */
  readonly frame: HTMLElement;
  readonly ticks: HTMLElement;
  readonly context: HTMLElement;
  readonly marks: HTMLElement;
  readonly clusters: HTMLElement;
  readonly linked: HTMLElement;
}

export interface TimelineCallbacks {
  /** Every frame of a move: the window now on screen. */
  onView(view: ViewWindow): void;
  /** Once a move has settled: what the view shows, in words. */
  onSettle(message: string): void;
  onSelect(id: string): void;
  /** A move the timeline asks for (activating a cluster): it comes back as a request. */
  onRequest(view: ViewWindow): void;
}

export interface TimelineView {
  setEvents(events: readonly TimelineEvent[]): void;
  setSelected(id: string | null): void;
  /** The links the sources draw between events: those of the selected event are drawn between the marks. */
  setLinks(links: readonly EventLink[]): void;
  setLinked(date: PartialDate | null): void;
  /** Carries out a move made by code, animated unless told otherwise or the reader prefers less motion. */
  moveTo(view: ViewWindow, animate: boolean): void;
  /** Zooms by `factor` about `x` px (the middle by default). */
  zoomBy(factor: number, x?: number): void;
  /** Pans by a fraction of the width (positive moves later in time). */
  panBy(fraction: number, animate?: boolean): void;
  readonly focusOrder: () => FocusOrder;
  readonly width: () => number;
  activate(key: string): void;
  destroy(): void;
}

export { laneCap } from './frameSize';

/**
 * The timeline's rendering and focus: pan and zoom come from `createPanZoom`; on every frame of a move
 * `render` redraws the axis, the visible marks and clusters, and the linked date, imperatively, so React
 * renders nothing per frame. Marks are laid out per zoom level with their labels' measured widths.
 */
export function createTimelineView(layers: TimelineLayers, initial: ViewWindow, callbacks: TimelineCallbacks): TimelineView {
  let width = measure(layers.frame);
  let view = initial;
  let events: readonly TimelineEvent[] = [];
  let index = buildTimeIndex(events);
  let labelWidth: LabelWidth = labelWidthFor(layers.marks);
  let lanes = windowLaneCap();
  const levels = createZoomLevels(redrawWhenReady, { events, index, labelWidth, lanes });
  let selectedId: string | null = null;
  let selectedIndex = -1;
  let linked: PartialDate | null = null;
  let links: readonly EventLink[] = [];
  /** Drawn by a chunk of its own, loaded with the first links (they come after the first screen). */
  let renderLinks: ((ctx: LinkContext) => void) | undefined;
  let activeKey: string | null = null;
  let order: FocusOrder = { keys: [] };
  let clusters = new Map<string, Cluster>();
  let pendingFocus: string | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let moving = false;
  const fitRows = createFrameRows(layers.frame);

  const panZoom = createPanZoom({
    domNode: layers.frame,
    width,
    onMove(next, sync) {
      view = next;
      moving = !sync;
      render();
      if (!sync) callbacks.onView(view);
    },
    onEnd() {
      moving = false;
      render();
      focusAfterMove();
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => callbacks.onSettle(describeView(view, countVisible(index, view.start, view.end))), ANNOUNCE_SETTLE_MS);
    },
  });

  /** A level laid out in idle time replaces the coarser stand-in on screen. */
  function redrawWhenReady(level: number): void {
    if (level === levelFor(spanOf(view) / width)) render();
  }

  /** One frame: the axis, the marks and clusters of this zoom level, the linked date, and the Tab order. */
  function render(): void {
    layers.frame.dataset.tickLevel = renderAxis(layers.ticks, layers.context, view, width);
    const level = levelFor(spanOf(view) / width);
    const layout = levels.forFrame(level);
    const marks = visibleMarks(index, layout, view, width);
    fitRows(rowsInUse(marks), moving);
    const ctx = { events, width, labelWidth, selectedIndex, onRemoveFocused: () => layers.frame.focus({ preventScroll: true }) };
    renderMarks(layers.marks, marks, ctx);
    renderClusters(layers.clusters, marks, ctx);
    renderLinks?.({ events, links, selectedIndex, marks, view, width });
    clusters = new Map(marks.clusters.map((c) => [clusterKey(c.cluster), c.cluster]));
    order = focusOrderOf(marks, (i) => events[i]?.id ?? '');
    applyTabStop([layers.marks, layers.clusters], order, [activeKey, selectedId]);
    renderLinked();
  }

  const renderLinked = (): void => renderLinkedDate(layers.linked, linked, view, width);

  /** Lays every zoom level out anew (new events, new label widths or lanes), nearest first in idle time. */
  function relayout(): void {
    levels.reset({ events, index, labelWidth, lanes }, levelFor(spanOf(view) / width), width);
  }

  /** After a move into a cluster: focus its first event, or the cluster that still holds it. */
  function focusAfterMove(): void {
    if (pendingFocus === null) return;
    const id = pendingFocus;
    pendingFocus = null;
    const target = elementFor(
      [layers.marks, layers.clusters],
      clusters,
      events.findIndex((e) => e.id === id),
      id,
    );
    if (target) {
      activeKey = target.dataset.key ?? id;
      applyTabStop([layers.marks, layers.clusters], order, [activeKey]);
      target.focus();
    }
  }

  /** Shows the same window at the frame's width; writes back only if d3-zoom's limits had to move it. */
  function sync(): void {
    const wanted = view;
    const shown = panZoom.syncViewport(wanted, width);
    if (Math.abs(shown.start - wanted.start) > 1000 || Math.abs(shown.end - wanted.end) > 1000) callbacks.onView(shown);
  }

  function onClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('.mark, .cluster') : null;
    if (target) api.activate(target.dataset.key ?? '');
  }

  function onFocusIn(event: FocusEvent): void {
    if (event.target instanceof HTMLElement && event.target !== layers.frame && event.target.dataset.key)
      activeKey = event.target.dataset.key;
  }

  const api: TimelineView = {
    setEvents(next) {
      events = next;
      index = buildTimeIndex(next);
      labelWidth = labelWidthFor(layers.marks);
      relayout();
      api.setSelected(selectedId);
    },
    setSelected(id) {
      selectedId = id;
      selectedIndex = id === null ? -1 : events.findIndex((e) => e.id === id);
      render();
    },
    setLinks(next) {
      links = next;
      if (next.length > 0 && !renderLinks) {
        void import('./renderLinks').then(({ createLinkLayer }) => {
          renderLinks ??= createLinkLayer(layers.marks);
          render();
        });
      }
      render();
    },
    setLinked(date) {
      linked = date;
      renderLinked();
    },
    moveTo(to, animate) {
      panZoom.setViewport(to, animate);
    },
    zoomBy(factor, x = width / 2) {
      panZoom.zoomBy(factor, x);
    },
    panBy(fraction, animate = true) {
      panZoom.panBy(fraction * width, animate);
    },
    focusOrder: () => order,
    width: () => width,
    activate(key) {
      activeKey = key;
      const cluster = clusters.get(key);
      if (!cluster) return callbacks.onSelect(key);
      // A keyboard reader who opens a cluster lands on its first event, not back on the frame.
      if (layers.clusters.contains(document.activeElement)) pendingFocus = events[cluster.lo]?.id ?? null;
      callbacks.onRequest(windowShowing(cluster.firstStart, cluster.lastStart));
    },
    destroy() {
      levels.dispose();
      clearTimeout(settleTimer);
      stopWatchingSize();
      panZoom.destroy();
      layers.frame.removeEventListener('click', onClick);
      layers.frame.removeEventListener('focusin', onFocusIn);
    },
  };

  layers.frame.addEventListener('click', onClick);
  layers.frame.addEventListener('focusin', onFocusIn);
  const stopWatchingSize = watchFrameSize(
    layers.frame,
    { width, lanes },
    {
      width(measured) {
        width = measured;
        sync();
      },
      lanes(cap) {
        lanes = cap;
        relayout();
        render();
      },
    },
  );
  sync();
  return api;
}
