import { useEffect, useRef } from 'react';
import { FULL_RANGE } from '../core/viewWindow';
import { selectVisibleEvents } from '../store/selectors';
import { useAppStore } from '../store/store';
import { Overview } from './Overview';
import { handleTimelineKey } from './timelineKeys';
import { type TimelineLayers, type TimelineView, createTimelineView } from './timelineView';
import './timeline.css';

const fitAll = (): void => useAppStore.getState().requestView(FULL_RANGE);

/**
 * The zoomable timeline: the React shell mounts the d3 view once and feeds it the store's events,
 * selection, linked date and move requests. The view writes the window back with `setView` on every
 * frame; this component does not subscribe to the window, so nothing here re-renders while zooming.
 */
export function Timeline() {
  const events = useAppStore(selectVisibleEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const linkedDate = useAppStore((s) => s.linkedDate);
  const links = useAppStore((s) => s.dataset.links);
  const frameRef = useRef<HTMLDivElement>(null);
  const ticksRef = useRef<HTMLDivElement>(null);
  const contextRef = useRef<HTMLDivElement>(null);
  const marksRef = useRef<HTMLDivElement>(null);
  const clustersRef = useRef<HTMLDivElement>(null);
  const linkedRef = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLParagraphElement>(null);
  const viewRef = useRef<TimelineView | null>(null);

  useEffect(() => {
    const [frame, ticks, context, marks, clusters, linked] = [frameRef, ticksRef, contextRef, marksRef, clustersRef, linkedRef].map(
      (r) => r.current,
    );
    if (!frame || !ticks || !context || !marks || !clusters || !linked) return;
    const layers: TimelineLayers = { frame, ticks, context, marks, clusters, linked };
    const store = useAppStore.getState();
    const view = createTimelineView(layers, store.view, {
      onView: (w) => useAppStore.getState().setView(w),
      onSettle: (message) => {
        if (live.current) live.current.textContent = message;
      },
      onSelect: (id) => useAppStore.getState().select(id),
      onRequest: (w) => useAppStore.getState().requestView(w),
    });
    viewRef.current = view;
    view.setEvents(selectVisibleEvents(store));
    view.setSelected(store.selectedId);
    view.setLinked(store.linkedDate);
    view.setLinks(store.dataset.links ?? []);
    let seq = store.viewRequest?.seq ?? 0;
    const unsubscribe = useAppStore.subscribe(
      (s) => s.viewRequest,
      (request) => {
        if (!request || request.seq === seq) return;
        seq = request.seq;
        view.moveTo(request.window, request.animate);
      },
    );
    const onKey = (event: KeyboardEvent) => handleTimelineKey(event, view, layers, fitAll);
    frame.addEventListener('keydown', onKey);
    return () => {
      frame.removeEventListener('keydown', onKey);
      unsubscribe();
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  useEffect(() => viewRef.current?.setEvents(events), [events]);
  useEffect(() => viewRef.current?.setSelected(selectedId), [selectedId]);
  useEffect(() => viewRef.current?.setLinked(linkedDate), [linkedDate]);
  useEffect(() => viewRef.current?.setLinks(links ?? []), [links]);

  return (
    <section className="timeline">
      <div className="timeline-bar">
        <h2 id="timeline-heading">Timeline</h2>
        <div className="timeline-zoom" role="group" aria-label="Zoom">
          <button type="button" className="timeline-button" aria-label="Zoom in" onClick={() => viewRef.current?.zoomBy(2)}>
            +
          </button>
          <button type="button" className="timeline-button" aria-label="Zoom out" onClick={() => viewRef.current?.zoomBy(0.5)}>
            −
          </button>
          <button type="button" className="timeline-button" onClick={fitAll}>
            Fit all
          </button>
        </div>
      </div>
      <div
        ref={frameRef}
        className="timeline-frame"
        tabIndex={0}
        role="region"
        aria-label="Timeline of events"
        aria-describedby="timeline-help"
      >
        <div ref={linkedRef} className="timeline-linked" hidden>
          <span className="timeline-linked-label" />
        </div>
        <div ref={ticksRef} className="timeline-ticks" />
        <div ref={contextRef} className="timeline-context" />
        <div ref={marksRef} className="timeline-marks" role="group" aria-label="Events on screen" />
        <div ref={clustersRef} className="timeline-clusters" role="group" aria-label="Clusters of events" />
      </div>
      <Overview events={events} />
      <p id="timeline-help" className="timeline-help">
        Scroll or pinch to zoom, drag to pan, double-click to zoom in. Focused: + and − zoom, arrows pan, Home shows all; Tab reaches the
        events, and the arrows move between them.
      </p>
      <p ref={live} className="visually-hidden" aria-live="polite" />
    </section>
  );
}
