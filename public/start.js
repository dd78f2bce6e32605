// Starts the app on a built page once the prerendered page is on screen. scripts/prerenderPlugin.ts puts
// this loader where Vite wrote the app's module script, naming that script in data-app (relative to this
// file). A module script runs as soon as it has arrived and the page is parsed; on a fast or cached load that
// is before the first frame has been shown, so the reader waited for the app's start-up to see a page the
// HTML already carries. Here the app runs once the browser reports the first contentful paint, which it does
// after the frame is on screen; its chunks, preloaded by the page at low priority, arrive meanwhile. A hidden tab paints nothing, so there the app starts at once; a
// browser without paint timing waits two frames (the first draws the page, the second follows it).
{
  const loader = document.currentScript;
  const app = new URL(loader.dataset.app, loader.src).href;
  // Intl's data loads in a worker while the page is shown, not in the app's start (intl-warm.js).
  try {
    new Worker(new URL(`intl-warm.js?lang=${encodeURIComponent(document.documentElement.lang)}`, loader.src));
  } catch {
    // No workers (or not allowed): the app loads the data itself, as it always can.
  }
  const start = () => void import(app);
  const paintTiming = typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (document.visibilityState === 'hidden') start();
  else if (!paintTiming) requestAnimationFrame(() => requestAnimationFrame(start));
  else {
    const painted = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      painted.disconnect();
      start();
    });
    painted.observe({ type: 'paint', buffered: true });
  }
}
