/**
 * Runs `start` once the browser has painted what it has: a prerendered page is on screen at once, and
 * the app takes it over (a long task on a slow phone) just after, rather than holding back the first paint.
 */
export function afterFirstPaint(start: () => void): void {
  requestAnimationFrame(() => setTimeout(start, 0));
}
