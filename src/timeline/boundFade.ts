import type { PlacedMark } from '../core/visibleMarks';
import type { TimelineEvent } from '../model/types';

/** How opaque a bounded span is at its bounds: the event lies somewhere between them, not across them. */
const AT_BOUND = 0.3;
/** The share of a bounded span, from each end, over which it fades in: its middle is the most likely stretch of none. */
const FADE_SHARE = 0.3;

/**
 * The stops, as [opacity, time] pairs, of the fade drawn over a bounded event or a period still going on
 * (the screen's gradient, and the saved image's); undefined for an event with a known date.
 */
export function fadeStops(event: TimelineEvent): (readonly [number, number])[] | undefined {
  const { earliest, latest, ongoing, t0, t1 } = event;
  if (ongoing)
    return [
      [1, t0],
      [1, ongoing.reported.end],
      [0, t1],
    ];
  if (earliest && latest) {
    const fade = (t1 - t0) * FADE_SHARE;
    return [
      [AT_BOUND, t0],
      [1, t0 + fade],
      [1, t1 - fade],
      [AT_BOUND, t1],
    ];
  }
  // An open side fades out to nothing over the drawn fade; the known bound stays sharp.
  if (latest)
    return [
      [0, t0],
      [1, latest.date.start],
      [1, t1],
    ];
  if (earliest)
    return [
      [1, t0],
      [1, earliest.date.end],
      [0, t1],
    ];
  return undefined;
}

/**
 * Fades the glyph of a bounded event toward its uncertain or open ends: a gradient fill, in px along the
 * glyph so that a glyph clipped by the screen's edge keeps its fade where it was. A fill, not a mask, so
 * that the selection's outline stays whole.
 */
export function applyBoundFade(element: HTMLElement, glyph: HTMLElement, event: TimelineEvent, mark: PlacedMark, left: number): void {
  const stops = fadeStops(event);
  element.classList.toggle('mark--bounded', Boolean(event.earliest ?? event.latest));
  element.classList.toggle('mark--ongoing', Boolean(event.ongoing));
  if (!stops) return;
  const colour = event.ongoing ? 'var(--tl-period)' : 'var(--tl-span)';
  const pxPerMs = (mark.x1 - mark.x0) / Math.max(event.t1 - event.t0, 1);
  const at = (t: number) => (mark.x0 + (t - event.t0) * pxPerMs - left).toFixed(1);
  const stop = ([alpha, t]: readonly [number, number]) =>
    `color-mix(in srgb, ${colour} ${Math.round(alpha * 100)}%, transparent) ${at(t)}px`;
  const gradient = `linear-gradient(to right, ${stops.map(stop).join(', ')})`;
  if (glyph.style.backgroundImage !== gradient) glyph.style.backgroundImage = gradient;
}
