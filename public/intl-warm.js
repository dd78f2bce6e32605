// A worker that start.js starts as the page loads: it makes the Intl formats the page will need (dates,
// numbers, plural rules) in the page's language once, off the page's thread, and ends. The data Intl reads
// (ICU's) is loaded once for the whole browser process, by whichever thread asks first: asked here, the app's
// own first formats take milliseconds instead of a cold start of 20–25 ms (90–100 ms at Lighthouse's 4×
// slowdown) in the middle of its start (docs/performance.md, "Intl's data off the page's thread").
try {
  const language = new URL(self.location.href).searchParams.get('lang') || 'en';
  new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(0);
  new Intl.NumberFormat(language).format(1234);
  new Intl.PluralRules(language).select(1);
} catch {
  // A language Intl does not know: the page's own formats will say so, as they would without this worker.
}
close();
