import { useEffect, useLayoutEffect, useRef } from 'react';
import { FULL_RANGE } from '../core/viewWindow';
import { useI18n } from '../i18n/useI18n';
import { positionInList, selectVisibleEvents } from '../store/selectors';
import type { AppStore } from '../store/store';
import { useAppStore, useAppStoreApi } from '../store/useAppStore';
import type { TimelineEvent } from '../model/types';
import { Overview } from './Overview';
import { handleTimelineKey } from './timelineKeys';
import { type TimelineLayers, type TimelineView, createTimelineView } from './timelineView';
import './timeline.css';

/** Gives the view the events to draw, with where each is among them, looked up by its place in the dataset. */
function feedEvents(view: TimelineView, events: readonly TimelineEvent[], store: AppStore): void {
  view.setEvents(events, (id) => positionInList(events, store.getState().dataset.events, id));
}

/**
 * The zoomable timeline: the React shell mounts the d3 view once, registers it in the store as the handle
 * the app moves the view with, and feeds it the store's events, selection, relations and marked date. The
 * view reports the window back on every frame; this component does not subscribe to the window, so nothing
 * here re-renders while zooming.
 */
export function Timeline() {
  const store = useAppStoreApi();
  const i18n = useI18n();
  const { t } = i18n;
  const events = useAppStore(selectVisibleEvents);
  const selectedId = useAppStore((s) => s.selectedId);
  const markedDate = useAppStore((s) => s.markedDate);
  const relations = useAppStore((s) => s.dataset.relations);
  const searchMatches = useAppStore((s) => s.searchMatches);
  const frameRef = useRef<HTMLDivElement>(null);
  const ticksRef = useRef<HTMLDivElement>(null);
  const contextRef = useRef<HTMLDivElement>(null);
  const marksRef = useRef<HTMLDivElement>(null);
  const clustersRef = useRef<HTMLDivElement>(null);
  const markedRef = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLParagraphElement>(null);
  const viewRef = useRef<TimelineView | null>(null);

  useEffect(() => {
    const [frame, ticks, context, marks, clusters, marked] = [frameRef, ticksRef, contextRef, marksRef, clustersRef, markedRef].map(
      (r) => r.current,
    );
    if (!frame || !ticks || !context || !marks || !clusters || !marked) return;
    const layers: TimelineLayers = { frame, ticks, context, marks, clusters, marked };
    const state = store.getState();
    const view = createTimelineView(
      layers,
      state.view,
      {
        onView: (w) => store.getState().reportView(w),
        onMoving: () => store.getState().reportMoving(),
        onRest: (w, description) => {
          store.getState().reportRest(w);
          if (live.current) live.current.textContent = description;
        },
        onSelect: (id) => store.getState().select(id),
      },
      i18n,
    );
    viewRef.current = view;
    view.batch(() => {
      feedEvents(view, selectVisibleEvents(state), store);
      view.setSelected(state.selectedId);
      view.setMarkedDate(state.markedDate);
      view.setRelations(state.dataset.relations ?? []);
      view.setMatches(state.searchMatches);
    });
    state.registerView(view);
    const onKey = (event: KeyboardEvent) => handleTimelineKey(event, view, layers, () => void view.moveTo(FULL_RANGE));
    frame.addEventListener('keydown', onKey);
    return () => {
      frame.removeEventListener('keydown', onKey);
      if (store.getState().viewHandle === view) store.getState().registerView(null);
      view.destroy();
      viewRef.current = null;
    };
  }, [store, i18n]);

  // Drawn in the layout phase, before the panels beside it read their layout: one layout of the page, not two.
  useLayoutEffect(() => {
    if (viewRef.current) feedEvents(viewRef.current, events, store);
  }, [events, store]);
  useLayoutEffect(() => viewRef.current?.setSelected(selectedId), [selectedId]);
  useLayoutEffect(() => viewRef.current?.setMatches(searchMatches), [searchMatches]);
  useEffect(() => viewRef.current?.setMarkedDate(markedDate), [markedDate]);
  useEffect(() => viewRef.current?.setRelations(relations ?? []), [relations]);

  return (
    <section className="timeline">
      <div className="timeline-bar">
        <h2 id="timeline-heading">{t('timeline.heading')}</h2>
        <div className="timeline-zoom" role="group" aria-label={t('timeline.zoom')}>
          <button
            type="button"
            className="timeline-button"
            aria-label={t('timeline.zoomIn')}
            onClick={() => void viewRef.current?.zoomBy(2)}
          >
            +
          </button>
          <button
            type="button"
            className="timeline-button"
            aria-label={t('timeline.zoomOut')}
            onClick={() => void viewRef.current?.zoomBy(0.5)}
          >
            −
          </button>
          <button type="button" className="timeline-button" onClick={() => void viewRef.current?.moveTo(FULL_RANGE)}>
            {t('timeline.fitAll')}
          </button>
        </div>
      </div>
      <div
        ref={frameRef}
        className="timeline-frame"
        tabIndex={0}
        role="region"
        aria-label={t('timeline.frame')}
        aria-describedby="timeline-help"
      >
        <div ref={markedRef} className="timeline-marked-date" hidden>
          <span className="timeline-marked-date-label" />
        </div>
        <div ref={ticksRef} className="timeline-ticks" />
        <div ref={contextRef} className="timeline-context" />
        <div ref={marksRef} className="timeline-marks" role="group" aria-label={t('timeline.marks')} />
        <div ref={clustersRef} className="timeline-clusters" role="group" aria-label={t('timeline.clusters')} />
      </div>
      <Overview events={events} />
      <p id="timeline-help" className="timeline-help">
        {t('timeline.help')}
      </p>
      <p ref={live} className="visually-hidden" aria-live="polite" />
    </section>
  );
}
