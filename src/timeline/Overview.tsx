import { type KeyboardEvent, type PointerEvent, useEffect, useMemo, useRef } from 'react';
import { OVERVIEW_HEIGHT, OVERVIEW_WIDTH, overviewShape } from '../core/overviewShape';
import { FULL_RANGE, type ViewWindow, spanOf, windowAround } from '../core/viewWindow';
import { timeIndexOf } from '../core/visibleRange';
import type { DateWords } from '../i18n/dateWords';
import { useI18n } from '../i18n/useI18n';
import type { TimelineEvent } from '../model/types';
import { useAppStoreApi } from '../store/useAppStore';

const FULL = spanOf(FULL_RANGE);
const percent = (t: number): number => ((t - FULL_RANGE.start) / FULL) * 100;

/** Follows the store's window without re-rendering: a transient subscription moves the frame. */
function placeWindow(element: HTMLElement, view: ViewWindow, dates: DateWords): void {
  element.style.left = `${percent(view.start).toFixed(3)}%`;
  element.style.width = `${Math.max(percent(view.end) - percent(view.start), 0.4).toFixed(3)}%`;
  element.setAttribute('aria-valuenow', String(Math.round(view.start)));
  const text = dates.range(view);
  if (element.getAttribute('aria-valuetext') !== text) element.setAttribute('aria-valuetext', text);
}

/**
 * The overview strip: the whole range with all events, and the window on screen. Drag the window to
 * move it, brush anywhere else to show that stretch, or click to centre the view there; its slider
 * takes the arrow keys, Page Up/Down, Home and End.
 */
export function Overview({ events }: { events: readonly TimelineEvent[] }) {
  const store = useAppStoreApi();
  const { t, dates } = useI18n();
  const request = (w: ViewWindow, animate = false): void => void store.getState().moveView(w, { animate });
  const shape = useMemo(() => overviewShape(timeIndexOf(events)), [events]);
  const strip = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const drag = useRef<{ mode: 'move' | 'brush'; origin: number; view: ViewWindow; moved: boolean } | null>(null);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    placeWindow(element, store.getState().view, dates);
    return store.subscribe(
      (s) => s.view,
      (view) => placeWindow(element, view, dates),
    );
  }, [store, dates]);

  const timeAt = (clientX: number): number => {
    const rect = strip.current?.getBoundingClientRect();
    const fraction = rect && rect.width > 0 ? (clientX - rect.left) / rect.width : 0;
    return FULL_RANGE.start + Math.min(Math.max(fraction, 0), 1) * FULL;
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const view = store.getState().view;
    const origin = timeAt(event.clientX);
    const inside = origin >= view.start && origin <= view.end;
    drag.current = { mode: inside ? 'move' : 'brush', origin, view, moved: false };
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const t = timeAt(event.clientX);
    const rect = strip.current?.getBoundingClientRect();
    if (!d.moved && rect && Math.abs(((t - d.origin) / FULL) * rect.width) < 3) return;
    d.moved = true;
    if (d.mode === 'move') request({ start: d.view.start + t - d.origin, end: d.view.end + t - d.origin });
    else request({ start: Math.min(t, d.origin), end: Math.max(t, d.origin) });
  };

  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    if (d && !d.moved && d.mode === 'brush') request(windowAround(d.origin, spanOf(d.view)), true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const view = store.getState().view;
    const span = spanOf(view);
    const steps: Record<string, number> = { ArrowLeft: -0.1, ArrowRight: 0.1, PageUp: -1, PageDown: 1, Home: -Infinity, End: Infinity };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const shift = Number.isFinite(step) ? step * span : step < 0 ? FULL_RANGE.start - view.start : FULL_RANGE.end - view.end;
    request({ start: view.start + shift, end: view.end + shift });
  };

  return (
    <div
      ref={strip}
      className="overview"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <svg className="overview-chart" viewBox={`0 0 ${OVERVIEW_WIDTH} ${OVERVIEW_HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
        <path className="overview-periods" d={shape.periods} />
        <path className="overview-starts" d={shape.starts} />
      </svg>
      <div
        ref={frame}
        className="overview-window"
        role="slider"
        tabIndex={0}
        aria-label={t('timeline.overview', { range: dates.range(FULL_RANGE) })}
        aria-valuemin={FULL_RANGE.start}
        aria-valuemax={FULL_RANGE.end}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
