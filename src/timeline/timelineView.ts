import { pointer, select } from 'd3-selection';
import 'd3-transition';
import { type D3ZoomEvent, type ZoomTransform, zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
import { describeView } from '../core/describeView';
import { type Cluster, levelFor } from '../core/markLayout';
import { type PanZoom, scaleExtent, transformForWindow, windowForTransform } from '../core/timeScale';
import { buildTimeIndex, countVisible } from '../core/visibleRange';
import { visibleMarks } from '../core/visibleMarks';
import { MIN_SPAN, type ViewWindow, spanOf } from '../core/viewWindow';
import { panStep, zoomStep } from '../core/zoomSteps';
import type { PartialDate } from '../model/partialDate';
import type { EventLink, TimelineEvent } from '../model/types';
import { createLayoutCache } from './layoutCache';
import { renderAxis } from './renderAxis';
import { renderLinkedDate } from './renderLinkedDate';
import type { LinkContext } from './renderLinks';
import { clusterKey, renderClusters, renderMarks } from './renderMarks';
import { type FocusOrder, applyTabStop } from './rovingFocus';
import { ANNOUNCE_SETTLE_MS, GLIDE_MS, STEP_MS, prefersReducedMotion } from './motion';
import { DAY } from '../model/duration';

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

/** The fewest lanes the frame shows, so that it does not jump in height for every sparse zoom level. */
const MIN_ROWS = 3;
/** jsdom and hidden frames measure 0; any positive width keeps the maths finite. */
const measure = (frame: HTMLElement): number => frame.clientWidth || 960;

/**
 * d3-zoom drives the timeline; this plain factory owns the gestures and redraws the axis and the
 * visible marks on every zoom event, imperatively, so React renders nothing per frame. Moves made by
 * code come in through `moveTo` and go through d3-zoom too, so code and gestures never fight; the
 * `syncing` flag keeps a resize (same window, new width) from writing back to the store.
 */
export function createTimelineView(layers: TimelineLayers, initial: ViewWindow, callbacks: TimelineCallbacks): TimelineView {
  const frame = select(layers.frame);
  let width = measure(layers.frame);
  let view = initial;
  let events: readonly TimelineEvent[] = [];
  let index = buildTimeIndex(events);
  let layouts = createLayoutCache(index, redrawWhenReady);
  let selectedId: string | null = null;
  let selectedIndex = -1;
  let linked: PartialDate | null = null;
  let links: readonly EventLink[] = [];
  /** Drawn by a chunk of its own, loaded with the first links (they come after the first screen). */
  let renderLinks: ((ctx: LinkContext) => void) | undefined;
  let activeKey: string | null = null;
  let order: FocusOrder = { keys: [] };
  let clusters = new Map<string, Cluster>();
  let syncing = false;
  let pendingFocus: string | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the running animated move is going: quick presses build on it, not on where it has got to. */
  let destination: ZoomTransform | null = null;


  // Wheel zooms (pinch arrives as ctrl+wheel); a mostly horizontal wheel pans instead (see onWheel).
  // A drag needs the event's window (d3 blocks text selection there): synthetic events without one are left alone.
  const acceptGesture = (event: MouseEvent & Partial<WheelEvent>): boolean =>
    event.type === 'wheel'
      ? event.ctrlKey || (!event.shiftKey && Math.abs(event.deltaY ?? 0) >= Math.abs(event.deltaX ?? 0))
      : !event.ctrlKey && !event.button && (event.type !== 'mousedown' || event.view !== null);

  const behaviour = zoom<HTMLElement, unknown>()
    .scaleExtent(scaleExtent())
    .filter(acceptGesture)
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      view = windowForTransform(event.transform, width);
      render();
      if (!syncing) callbacks.onView(view);
    })
    .on('end', () => {
      focusAfterMove();
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => callbacks.onSettle(describeView(view, countVisible(index, view.start, view.end))), ANNOUNCE_SETTLE_MS);
    });
  const setExtent = () => behaviour.extent([[0, 0], [width, 0]]).translateExtent([[0, 0], [width, 0]]);

  /** A level laid out in idle time replaces the coarser stand-in on screen. */
  function redrawWhenReady(level: number): void {
    if (level === levelFor(spanOf(view) / width)) render();
  }

  function render(): void {
    layers.frame.dataset.tickLevel = renderAxis(layers.ticks, layers.context, view, width);
    const level = levelFor(spanOf(view) / width);
    const layout = layouts.nearest(level);
    const marks = visibleMarks(index, layout, view, width);
    // The frame is as tall as this zoom level's lanes need (the same while panning), never less than MIN_ROWS.
    const rows = String(Math.max(MIN_ROWS, layout.rows));
    if (layers.frame.style.getPropertyValue('--tl-rows') !== rows) layers.frame.style.setProperty('--tl-rows', rows);
    for (const next of [level + 1, level - 1, level + 2]) layouts.warm(next);
    const ctx = { events, width, selectedIndex, onRemoveFocused: () => layers.frame.focus({ preventScroll: true }) };
    renderMarks(layers.marks, marks, ctx);
    renderClusters(layers.clusters, marks, ctx);
    renderLinks?.({ events, links, selectedIndex, marks, view, width });
    clusters = new Map(marks.clusters.map((c) => [clusterKey(c.cluster), c.cluster]));
    const timed = [
      ...marks.lanes.flat().map((m) => ({ at: m.index, key: events[m.index]?.id ?? '' })),
      ...marks.clusters.map((c) => ({ at: c.cluster.lo, key: clusterKey(c.cluster) })),
    ].sort((a, b) => a.at - b.at);
    order = { keys: timed.map((t) => t.key) };
    applyTabStop([layers.marks, layers.clusters], order, [activeKey, selectedId]);
    renderLinked();
  }

  const renderLinked = (): void => renderLinkedDate(layers.linked, linked, view, width);

  /**
   * Moves to `transform`, animated through d3-transition unless `animate` is false or the reader prefers
   * reduced motion. An animated move keeps its end as the destination until it ends or a gesture interrupts it.
   */
  function goTo(transform: ZoomTransform, animate: boolean, duration: number): void {
    if (animate && !prefersReducedMotion()) {
      destination = transform;
      const done = () => {
        if (destination === transform) destination = null;
      };
      frame.transition().duration(duration).on('end.target interrupt.target', done).call(behaviour.transform, transform);
      return;
    }
    frame.interrupt();
    destination = null;
    frame.call(behaviour.transform, transform);
  }

  /** The transform a new step starts from: the pending target if a move is under way, else the screen's. */
  const base = (): ZoomTransform => destination ?? zoomTransform(layers.frame);
  const transformOf = (t: PanZoom): ZoomTransform => zoomIdentity.translate(t.x, 0).scale(t.k);
  const toTransform = (w: ViewWindow): ZoomTransform => transformOf(transformForWindow(w, width));

  /** After a move into a cluster: focus its first event, or the cluster that still holds it. */
  function focusAfterMove(): void {
    if (pendingFocus === null) return;
    const id = pendingFocus;
    pendingFocus = null;
    const at = events.findIndex((e) => e.id === id);
    const cluster = [...clusters].find(([, c]) => c.lo <= at && at < c.hi)?.[0];
    const key = cluster ?? id;
    const target = [...layers.marks.children, ...layers.clusters.children].find((el) => el instanceof HTMLElement && el.dataset.key === key);
    if (target instanceof HTMLElement) {
      activeKey = key;
      applyTabStop([layers.marks, layers.clusters], order, [activeKey]);
      target.focus();
    }
  }

  /** Shows the same window at a new width; writes back only if d3-zoom's limits had to move it. */
  function sync(): void {
    const wanted = view;
    syncing = true;
    behaviour.transform(frame, toTransform(wanted));
    syncing = false;
    if (Math.abs(view.start - wanted.start) > 1000 || Math.abs(view.end - wanted.end) > 1000) callbacks.onView(view);
  }

  function onWheel(event: WheelEvent): void {
    if (event.ctrlKey) return;
    const dx = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.shiftKey ? event.deltaY : 0;
    if (!dx) return;
    event.preventDefault();
    behaviour.translateBy(frame, (-dx * (event.deltaMode === 1 ? 16 : 1)) / zoomTransform(layers.frame).k, 0);
  }

  function onClick(event: MouseEvent): void {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('.mark, .cluster') : null;
    if (target) api.activate(target.dataset.key ?? '');
  }

  function onFocusIn(event: FocusEvent): void {
    if (event.target instanceof HTMLElement && event.target !== layers.frame && event.target.dataset.key) activeKey = event.target.dataset.key;
  }

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => {
    const measured = measure(layers.frame);
    if (measured === width) return;
    width = measured;
    setExtent();
    sync();
  }) : undefined;

  const api: TimelineView = {
    setEvents(next) {
      events = next;
      index = buildTimeIndex(next);
      layouts.dispose();
      layouts = createLayoutCache(index, redrawWhenReady);
      api.setSelected(selectedId);
      // Lay out every zoom level in idle time, nearest first, so that no zoom waits for one.
      const here = levelFor(spanOf(view) / width);
      const deepest = levelFor(MIN_SPAN / width) + 1;
      for (let d = 1; d <= deepest; d++) for (const level of [here + d, here - d]) if (level <= deepest) layouts.warm(level);
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
      goTo(toTransform(to), animate, GLIDE_MS);
    },
    zoomBy(factor, x = width / 2) {
      // Composed onto the pending target, so that quick presses add up instead of cutting each other short.
      goTo(transformOf(zoomStep(base(), factor, x, width, behaviour.scaleExtent())), true, STEP_MS);
    },
    panBy(fraction, animate = true) {
      goTo(transformOf(panStep(base(), fraction * width, width, behaviour.scaleExtent())), animate, STEP_MS);
    },
    focusOrder: () => order,
    width: () => width,
    activate(key) {
      activeKey = key;
      const cluster = clusters.get(key);
      if (!cluster) return callbacks.onSelect(key);
      // A keyboard reader who opens a cluster lands on its first event, not back on the frame.
      if (layers.clusters.contains(document.activeElement)) pendingFocus = events[cluster.lo]?.id ?? null;
      const from = cluster.firstStart;
      const to = Math.max(cluster.lastStart + DAY, from + DAY);
      const margin = (to - from) * 0.15;
      callbacks.onRequest({ start: from - margin, end: to + margin });
    },
    destroy() {
      layouts.dispose();
      clearTimeout(settleTimer);
      observer?.disconnect();
      frame.interrupt().on('.zoom', null);
      layers.frame.removeEventListener('wheel', onWheel);
      layers.frame.removeEventListener('click', onClick);
      layers.frame.removeEventListener('focusin', onFocusIn);
    },
  };

  setExtent();
  frame.call(behaviour).on('dblclick.zoom', null);
  // Double-click zooms in (shift: out) about the pointer, animated only when the reader allows motion.
  frame.on('dblclick.zoom', (event: MouseEvent) => {
    api.zoomBy(event.shiftKey ? 0.5 : 2, pointer(event, layers.frame)[0]);
  });
  layers.frame.addEventListener('wheel', onWheel, { passive: false });
  layers.frame.addEventListener('click', onClick);
  layers.frame.addEventListener('focusin', onFocusIn);
  observer?.observe(layers.frame);
  sync();
  return api;
}
