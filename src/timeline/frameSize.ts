import { DEFAULT_LANES, MAX_LANES } from '../core/markLayout';
import { LANE_HEIGHT } from './markBoxes';

/** A screen at least this wide has the reading panels below the timeline (the phone has its sheet). */
const DESKTOP_MIN_PX = 900;
/**
 * What a desktop keeps on screen besides the lanes: the header, the bar, the axis, the overview and the
 * legend (about 320 px), and about 250 px of the reading panels below, enough for the source panel's bar,
 * heading and date and the top of a first quote. 9 lanes at 800 px, 21 at 1080 px.
 */
const DESKTOP_KEPT_PX = 570;
/** jsdom and hidden frames measure 0; any positive width keeps the maths finite. */
export const measure = (frame: HTMLElement): number => frame.clientWidth || 960;

/**
 * The lanes the frame may grow to before marks merge into clusters: on a desktop as many as leave the
 * reading panels on screen, on a phone what fits above its sheet.
 */
export function laneCap(viewportWidth: number, viewportHeight: number): number {
  if (viewportWidth < DESKTOP_MIN_PX) return DEFAULT_LANES;
  return Math.min(MAX_LANES, Math.max(DEFAULT_LANES, Math.floor((viewportHeight - DESKTOP_KEPT_PX) / LANE_HEIGHT)));
}
export const windowLaneCap = (): number =>
  typeof innerWidth === 'number' && innerHeight > 0 ? laneCap(innerWidth, innerHeight) : DEFAULT_LANES;

/** The fewest lanes the frame shows, so that it does not jump in height for every sparse view. */
const MIN_ROWS = 3;

/**
 * Sizes the frame to the rows the marks on screen take up (never fewer than MIN_ROWS), so a view of a few
 * marks leaves the reading panels the room. During a move (`moving`) it only grows, so what is below it
 * does not jump at every mark that scrolls away; it fits the view again once the move ends.
 */
export function createFrameRows(frame: HTMLElement): (needed: number, moving: boolean) => void {
  let rows = 0;
  return (needed, moving) => {
    rows = moving ? Math.max(rows, needed, MIN_ROWS) : Math.max(needed, MIN_ROWS);
    if (frame.style.getPropertyValue('--tl-rows') !== String(rows)) frame.style.setProperty('--tl-rows', String(rows));
  };
}

export interface FrameSize {
  readonly width: number;
  readonly lanes: number;
}

export interface FrameSizeChanges {
  /** The frame's width changed (a layout change, a rotated phone). */
  width(width: number): void;
  /** A taller or shorter window changes how many lanes fit. */
  lanes(lanes: number): void;
}

/** Watches the frame's width and the window's size, calling back only on a change; returns the way to stop. */
export function watchFrameSize(frame: HTMLElement, initial: FrameSize, on: FrameSizeChanges): () => void {
  let { width, lanes } = initial;
  function onWindowResize(): void {
    const cap = windowLaneCap();
    if (cap === lanes) return;
    lanes = cap;
    on.lanes(cap);
  }
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          const measured = measure(frame);
          if (measured === width) return;
          width = measured;
          on.width(measured);
        })
      : undefined;
  addEventListener('resize', onWindowResize);
  observer?.observe(frame);
  return () => {
    observer?.disconnect();
    removeEventListener('resize', onWindowResize);
  };
}
