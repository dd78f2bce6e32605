/** True when the reader asked the system for less motion: moves then jump instead of gliding. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How long a move made by code glides (to an event, a linked date, the overview): long enough to see where it went. */
export const GLIDE_MS = 600;

/** How long one zoom or pan step glides (a key, a button): the usual 250 ms, short enough for a held key. */
export const STEP_MS = 250;

/**
 * How long the view must stay still after a move has ended to be at rest: then the URL follows it and the
 * live region says what it shows, once for a run of key presses or wheel turns rather than once each.
 */
export const SETTLE_MS = 300;
