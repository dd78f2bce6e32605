import { DAY } from '../../src/model/duration';

/**
 * Did the sweep do what it was meant to? A sweep that left the view where it was measures an idle page,
 * and its frames say nothing about zooming or panning. These checks turn a still recording into a failure.
 */

interface Window {
  readonly start: number;
  readonly end: number;
}

/** What a recording must hold for the checks: the window at the first and last frame, and its extremes. */
export interface WindowTrace {
  readonly first: Window | null;
  readonly last: Window | null;
  readonly minSpan: number;
  readonly minStart: number;
  readonly maxStart: number;
}

/** The zoom sweep must get down to a month, where single days have room: the timeline's deep end. */
export const ZOOM_DEEP_MS = 30 * DAY;
/** "The full range" and "back out", allowing for a library whose fitted window differs a little from 1900–2030. */
export const FULL_FRACTION = 0.9;
/** The pan sweep starts from at most a decade in view (ten calendar years hold up to 3,653 days). */
export const PAN_START_MAX_MS = 3653 * DAY;
/** Each way, the pan must carry the view at least this far across the plot (the drag is 300 px each way). */
export const PAN_MIN_PX = 200;

export interface ZoomMovement {
  readonly firstSpanDays: number;
  readonly minSpanDays: number;
  readonly lastSpanDays: number;
  /** Empty when the sweep went in and came back out; else what it did not do. */
  readonly problems: readonly string[];
}

export interface PanMovement {
  readonly spanDays: number;
  /** How far the view moved, in pixels of the plot: away from where it started, then back. */
  readonly outPx: number;
  readonly backPx: number;
  readonly problems: readonly string[];
}

const days = (ms: number) => ms / DAY;
const spanOf = (w: Window) => w.end - w.start;
const fmt = (x: number) => (Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: x < 10 ? 1 : 0 }) : 'unknown');

/**
 * The zoom sweep must start at (about) the full range, reach a window of at most 30 days, and come back
 * out to (about) where it started.
 */
export function checkZoom(trace: WindowTrace, fullRangeMs: number): ZoomMovement {
  const { first, last } = trace;
  if (!first || !last)
    return {
      firstSpanDays: Number.NaN,
      minSpanDays: Number.NaN,
      lastSpanDays: Number.NaN,
      problems: ['zoom: the page reported no window'],
    };
  const problems: string[] = [];
  const [firstSpan, lastSpan] = [spanOf(first), spanOf(last)];
  if (firstSpan < FULL_FRACTION * fullRangeMs)
    problems.push(`zoom: started at ${fmt(days(firstSpan))} days, not at the full range (${fmt(days(fullRangeMs))} days)`);
  if (!(trace.minSpan <= ZOOM_DEEP_MS))
    problems.push(`zoom: the window never got down to ${days(ZOOM_DEEP_MS)} days (narrowest ${fmt(days(trace.minSpan))} days)`);
  if (lastSpan < FULL_FRACTION * firstSpan)
    problems.push(`zoom: did not come back out (ended at ${fmt(days(lastSpan))} days of ${fmt(days(firstSpan))})`);
  return { firstSpanDays: days(firstSpan), minSpanDays: days(trace.minSpan), lastSpanDays: days(lastSpan), problems };
}

/**
 * The pan sweep must start from a window of at most ten years and move the view by at least 200 px
 * worth of time away from where it started, and again on the way back.
 */
export function checkPan(trace: WindowTrace, plotWidthPx: number): PanMovement {
  const { first, last } = trace;
  if (!first || !last || !(plotWidthPx > 0))
    return { spanDays: Number.NaN, outPx: 0, backPx: 0, problems: ['pan: the page reported no window or no plot'] };
  const problems: string[] = [];
  const msPerPx = spanOf(first) / plotWidthPx;
  // The far end of the drag is whichever extreme lies farther from the start.
  const extreme = first.start - trace.minStart >= trace.maxStart - first.start ? trace.minStart : trace.maxStart;
  const outPx = Math.abs(extreme - first.start) / msPerPx;
  const backPx = Math.abs(last.start - extreme) / msPerPx;
  if (spanOf(first) > PAN_START_MAX_MS) problems.push(`pan: started at ${fmt(days(spanOf(first)))} days in view, wider than ten years`);
  if (!(outPx >= PAN_MIN_PX)) problems.push(`pan: the view moved ${fmt(outPx)} px out, less than ${PAN_MIN_PX} px`);
  if (!(backPx >= PAN_MIN_PX)) problems.push(`pan: the view moved ${fmt(backPx)} px back, less than ${PAN_MIN_PX} px`);
  return { spanDays: days(spanOf(first)), outPx, backPx, problems };
}
