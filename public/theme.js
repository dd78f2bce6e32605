// Applies the colour scheme the reader chose before the page is first drawn, so a reader who chose dark never
// sees a light frame while the app loads (the app starts only after the first paint: see start.js). The key
// and values are those of src/app/theme.ts, which changes the choice. A classic script in <head> blocks
// rendering for these few bytes: without inline script, it is the one way to apply a stored choice in time.
try {
  const choice = localStorage.getItem('timeline-theme');
  if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
} catch {
  // Storage can be blocked: the system setting applies.
}
