import type { EventMatches } from '../core/eventMatches';
import { type Cluster, levelFor } from '../core/markLayout';
import { countVisible, timeIndexOf } from '../core/visibleRange';
import { rowsInUse, visibleMarks } from '../core/visibleMarks';
import { windowShowing } from '../core/focusWindow';
import { type ViewWindow, sameWindow, spanOf } from '../core/viewWindow';
import type { PartialDate } from '../model/partialDate';
import type { Relation, TimelineEvent } from '../model/types';
import type { LabelWidth } from '../core/screenMeasures';
import type { ViewHandle } from '../store/viewHandle';
import { labelWidthFor } from './labelWidths';
import { createFrameRows, measure, watchFrameSize, windowLaneCap } from './frameSize';
import { SETTLE_MS } from './motion';
import { createPanZoom } from './panZoom';
import { createZoomLevels } from './zoomLevels';
import { renderAxis } from './renderAxis';
import { renderMarkedDate } from './renderMarkedDate';
import type { MarkWords } from './markNames';
import type { RelationContext } from './renderRelations';
import { clusterKey, renderClusters, renderMarks } from './renderMarks';
import { type SearchMatches, searchMatchesOf } from './searchMatches';
import { type FocusOrder, applyTabStop, elementFor, focusOrderOf } from './rovingFocus';

export interface TimelineLayers {
  /** The focusable frame the pan and zoom gestures are made on. */
  readonly frame: HTMLElement;
  readonly ticks: HTMLElement;
  readonly context: HTMLElement;
  readonly marks: HTMLElement;
  readonly clusters: HTMLElement;
  /** The band and label of a date a permalink pointed at. */
  readonly marked: HTMLElement;
}

export interface TimelineCallbacks {
  /** Every frame of a move: the window now on screen. */
  onView(view: ViewWindow): void;
  /** A move has begun: the view is no longer at rest. */
  onMoving(): void;
  /** A move has come to rest (SETTLE_MS after it ended): the window, and what the view shows in words. */
  onRest(view: ViewWindow, description: string): void;
  onSelect(id: string): void;
}

/** The view as its React shell drives it: the handle the rest of the app moves it with, and what the shell feeds it. */
export interface TimelineView extends ViewHandle {
  /** The events to draw, and where an event is among them by id (a look-up, not a scan of 100,000), if known. */
  setEvents(events: readonly TimelineEvent[], positionOf?: (id: string) => number | undefined): void;
  setSelected(id: string | null): void;
  /** The relations the sources draw between events: those of the selected event are drawn between the marks. */
  setRelations(relations: readonly Relation[]): void;
  setMarkedDate(date: PartialDate | null): void;
  /** The events a search found, drawn bright while the rest dim; null when there is no search. */
  setMatches(found: EventMatches | null): void;
  /**
   * Runs `change` (any of the setters above) and draws once after it, not once per setter: the shell's mount
   * gives the events, the selection, the relations and the matches in one go.
   */
  batch(change: () => void): void;
  readonly focusOrder: () => FocusOrder;
  activate(key: string): void;
  destroy(): void;
}

export { laneCap } from './frameSize';

/**
 * The timeline's rendering and focus: pan and zoom come from `createPanZoom`, which holds the window (in
 * the zoom's transform); on every frame of a move `render` redraws the axis, the visible marks and clusters,
 * and the marked date, imperatively, so React renders nothing per frame. Marks are laid out per zoom level
 * with their labels' measured widths. It is also the handle (ViewHandle) the app moves the view with. Its words
 * (the axis, the marks' names, what a view shows) are the page's language's, given by its React shell.
 */
export function createTimelineView(
  layers: TimelineLayers,
  initial: ViewWindow,
  callbacks: TimelineCallbacks,
  words: MarkWords,
): TimelineView {
  let width = measure(layers.frame);
  let events: readonly TimelineEvent[] = [];
  let index = timeIndexOf(events);
  let labelWidth: LabelWidth = labelWidthFor(layers.marks);
  let lanes = windowLaneCap();
  const levels = createZoomLevels(redrawWhenReady, { events, index, labelWidth, lanes });
  let selectedId: string | null = null;
  let selectedIndex = -1;
  let indexOf = (id: string): number => events.findIndex((e) => e.id === id);
  let markedDate: PartialDate | null = null;
  let relations: readonly Relation[] = [];
  let found: EventMatches | null = null;
  let matches: SearchMatches | null = null;
  /** Drawn by a chunk of its own, loaded with the first relations (they come after the first screen). */
  let renderRelations: ((ctx: RelationContext) => void) | undefined;
  let activeKey: string | null = null;
  let order: FocusOrder = { keys: [] };
  let clusters = new Map<string, Cluster>();
  let pendingFocus: string | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let moving = false;
  const fitRows = createFrameRows(layers.frame);
  /** Inside `batch`: how deep, and whether a frame is owed for when it ends. */
  let held = 0;
  let owed = false;
  /** The first frame, until it is drawn: the view is held until then (see the end of this function). */
  let firstFrame: number | undefined;

  const panZoom = createPanZoom({
    domNode: layers.frame,
    width,
    onStart: beginMove,
    onMove(next, sync) {
      draw();
      if (!sync) callbacks.onView(next);
    },
    onEnd() {
      moving = false;
      render();
      focusAfterMove();
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => {
        const view = panZoom.window();
        callbacks.onRest(view, words.dates.view(view, countVisible(index, view.start, view.end)));
      }, SETTLE_MS);
    },
  });

  /** A move is under way from the moment it is asked for (a glide starts on the next frame): not at rest. */
  function beginMove(): void {
    clearTimeout(settleTimer);
    if (!moving) callbacks.onMoving();
    moving = true;
  }

  /** A level laid out in idle time replaces the coarser stand-in on screen. */
  function redrawWhenReady(level: number): void {
    const view = panZoom.window();
    if (level === levelFor(spanOf(view) / width)) render();
  }

  /** A frame for a change: drawn now, or once at the end of the batch it is made in. */
  function draw(): void {
    if (held > 0) owed = true;
    else render();
  }

  /** One frame: the axis, the marks and clusters of this zoom level, the marked date, and the Tab order. */
  function render(): void {
    owed = false;
    const view = panZoom.window();
    layers.frame.dataset.tickLevel = renderAxis(layers.ticks, layers.context, view, width, words.dates.calendar);
    const level = levelFor(spanOf(view) / width);
    const layout = levels.forFrame(level);
    const marks = visibleMarks(index, layout, view, width);
    fitRows(rowsInUse(marks), moving);
    const ctx = {
      events,
      width,
      labelWidth,
      selectedIndex,
      matches,
      words,
      onRemoveFocused: () => layers.frame.focus({ preventScroll: true }),
    };
    renderMarks(layers.marks, marks, ctx);
    renderClusters(layers.clusters, marks, ctx);
    renderRelations?.({ events, relations, selectedIndex, marks, view, width });
    clusters = new Map(marks.clusters.map((c) => [clusterKey(c.cluster), c.cluster]));
    order = focusOrderOf(marks, (i) => events[i]?.id ?? '');
    applyTabStop([layers.marks, layers.clusters], order, [activeKey, selectedId]);
    renderMarked(view);
  }

  const renderMarked = (view: ViewWindow): void => renderMarkedDate(layers.marked, markedDate, view, width, words);

  /** Lays every zoom level out anew (new events, new label widths or lanes), nearest first in idle time. */
  function relayout(): void {
    levels.reset({ events, index, labelWidth, lanes }, levelFor(spanOf(panZoom.window()) / width), width);
  }

  /** After a move into a cluster: focus its first event, or the cluster that still holds it. */
  function focusAfterMove(): void {
    if (pendingFocus === null) return;
    const id = pendingFocus;
    pendingFocus = null;
    const target = elementFor([layers.marks, layers.clusters], clusters, indexOf(id), id);
    if (target) {
      activeKey = target.dataset.key ?? id;
      applyTabStop([layers.marks, layers.clusters], order, [activeKey]);
      target.focus();
    }
  }

  /** Shows `wanted` at the frame's width; reports the window only if the zoom's limits had to move it. */
  function showAtWidth(wanted: ViewWindow): void {
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

  /** A move made by code: not at rest from this moment, unless it goes nowhere. */
  function move(to: ViewWindow, animate: boolean): Promise<void> {
    if (sameWindow(to, panZoom.window())) return Promise.resolve();
    beginMove();
    return panZoom.setViewport(to, animate);
  }

  const api: TimelineView = {
    setEvents(next, positionOf) {
      events = next;
      indexOf = positionOf ? (id) => positionOf(id) ?? -1 : (id) => next.findIndex((e) => e.id === id);
      index = timeIndexOf(next);
      matches = found && searchMatchesOf(next, found);
      labelWidth = labelWidthFor(layers.marks);
      relayout();
      api.setSelected(selectedId);
    },
    setSelected(id) {
      selectedId = id;
      selectedIndex = id === null ? -1 : indexOf(id);
      draw();
    },
    setRelations(next) {
      // The same relations again, or none again (as an owner that gives `?? []` does on every change).
      if (next === relations || (next.length === 0 && relations.length === 0)) return;
      relations = next;
      if (next.length > 0 && !renderRelations) {
        void import('./renderRelations').then(({ createRelationLayer }) => {
          renderRelations ??= createRelationLayer(layers.marks);
          render();
        });
      }
      draw();
    },
    setMatches(next) {
      if (next === found) return;
      found = next;
      matches = next && searchMatchesOf(events, next);
      draw();
    },
    setMarkedDate(date) {
      markedDate = date;
      if (held > 0) owed = true;
      else renderMarked(panZoom.window());
    },
    batch(change) {
      held++;
      try {
        change();
      } finally {
        held--;
        if (held === 0 && owed) {
          owed = false;
          render();
        }
      }
    },
    moveTo: (to, options) => move(to, options?.animate ?? true),
    zoomBy(factor, x = width / 2) {
      beginMove();
      return panZoom.zoomBy(factor, x);
    },
    panBy(fraction, options) {
      beginMove();
      return panZoom.panBy(fraction * width, options?.animate ?? true);
    },
    measures: () => ({ width, lanes, labelWidth }),
    frameRect: () => layers.frame.getBoundingClientRect(),
    focusOrder: () => order,
    activate(key) {
      activeKey = key;
      const cluster = clusters.get(key);
      if (!cluster) return callbacks.onSelect(key);
      // A keyboard reader who opens a cluster lands on its first event, not back on the frame.
      if (layers.clusters.contains(document.activeElement)) pendingFocus = events[cluster.lo]?.id ?? null;
      void move(windowShowing(cluster.firstStart, cluster.lastStart), true);
    },
    destroy() {
      // No frame after this, not even one owed or the first.
      held++;
      if (firstFrame !== undefined) cancelAnimationFrame(firstFrame);
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
        const shown = panZoom.window();
        width = measured;
        showAtWidth(shown);
      },
      lanes(cap) {
        lanes = cap;
        relayout();
        render();
      },
    },
  );
  // Placed at its first window without a frame. The first frame is drawn at the next animation frame, with
  // whatever its owner gave it meanwhile (its events, the selection): not inside the task that made it, which on a
  // prerendered page is the one that runs the page's effects after hydration, already long (its labels' measures
  // are most of the frame).
  held++;
  showAtWidth(initial);
  firstFrame = requestAnimationFrame(() => {
    firstFrame = undefined;
    held--;
    if (held > 0 || !owed) return;
    owed = false;
    render();
  });
  return api;
}
