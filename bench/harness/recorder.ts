/**
 * What the harness installs in each benchmark page (as plain script text, so no build helper leaks
 * into it). While recording, every animation frame it notes the frame's timestamp and the visible
 * window, and calls the CDP binding `__benchTick` so the harness can send that frame's input without
 * waiting on anything: the page's own frames set the pace.
 */
export const TICK_BINDING = '__benchTick';

export interface Recording {
  /** rAF timestamps, ms since navigation. */
  readonly frames: number[];
  /** [start, duration] of each long task (> 50 ms) seen while recording. */
  readonly longTasks: [number, number][];
  /** Narrowest visible span, and the earliest and latest window start, across the frames. */
  readonly minSpan: number;
  readonly minStart: number;
  readonly maxStart: number;
  /** The window at the first and the last recorded frame (null when the page reports none). */
  readonly first: { readonly start: number; readonly end: number } | null;
  readonly last: { readonly start: number; readonly end: number } | null;
}

export const RECORDER_SCRIPT = `
window.__benchRecorder = {
  start() {
    const r = { frames: [], longTasks: [], running: true, first: null, last: null, minSpan: Infinity, minStart: Infinity, maxStart: -Infinity };
    r.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) r.longTasks.push([e.startTime, e.duration]);
    });
    r.observer.observe({ type: 'longtask' });
    const loop = (t) => {
      if (!r.running) return;
      r.frames.push(t);
      const w = window.__benchWindow ? window.__benchWindow() : null;
      if (w) {
        if (r.first === null) r.first = { start: w.start, end: w.end };
        r.last = { start: w.start, end: w.end };
        const span = w.end - w.start;
        r.minSpan = Math.min(r.minSpan, span);
        r.minStart = Math.min(r.minStart, w.start); r.maxStart = Math.max(r.maxStart, w.start);
      }
      if (window.${TICK_BINDING}) window.${TICK_BINDING}(String(r.frames.length));
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    window.__benchRecording = r;
  },
  stop() {
    const r = window.__benchRecording;
    r.running = false;
    for (const e of r.observer.takeRecords()) r.longTasks.push([e.startTime, e.duration]);
    r.observer.disconnect();
    const w = window.__benchWindow ? window.__benchWindow() : null;
    if (w) r.last = { start: w.start, end: w.end };
    return { frames: r.frames, longTasks: r.longTasks, first: r.first, last: r.last, minSpan: r.minSpan, minStart: r.minStart, maxStart: r.maxStart };
  },
};
`;

/** Two animation frames: anything the last input started has been drawn. */
export const TWO_FRAMES = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))))';
