/**
 * Where the time goes in one page's sweeps: a CPU profile (JS functions by self time) and a Chromium
 * performance trace (main-thread work by kind: script, style, layout, paint, GC).
 *
 *   BENCH_PROFILE=1 npx vite build --configLoader runner --config bench/vite.config.ts   (readable names)
 *   TZ=UTC npx tsx bench/profile.ts app 100000 [zoom|pan|both]
 *   BENCH_TRACE_OUT=/tmp/trace.json …   also keeps the whole trace, to open in Chromium's Performance panel
 *   BENCH_CPU_OUT=/tmp/page.cpuprofile …   also keeps the CPU profile, to open in Chromium's DevTools
 *   TZ=UTC npx tsx bench/profile.ts app 10000 start   the page's start, from navigation until drawn (`bench:ready`)
 *   TZ=UTC npx tsx bench/profile.ts app 100000 search [word]   typing a word into the search (default "summit"),
 *     the search loaded and its index built first, each key awaited until the search status answers it; then Escape
 *   TZ=UTC npx tsx bench/profile.ts app 100000 firstkey [word]   the search's first use: clicking the field (which
 *     loads the search and starts its index), then typing the word, the first key waiting for the index
 *   TZ=UTC npx tsx bench/profile.ts app 100000 tags   ticking and unticking each tag filter in turn, twice over,
 *     each click awaited until the events' count changes
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page, chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../scripts/browser/findBrowser';
import { serveStatic } from '../scripts/browser/staticServer';
import { installRecorder, panSteps, readPlot, sweep, zoomSteps, zoomToSpan } from './harness/sweeps';
import { frameStats } from './harness/stats';
import { type CpuProfile, selfTimeLines, traceLines } from './harness/mainThread';

/** Which frames were long, and when: at the start of a sweep, at its end, or all through. */
function longFrames(frames: readonly number[]): string {
  const out: string[] = [];
  for (let i = 1; i < frames.length; i++) {
    const gap = (frames[i] ?? 0) - (frames[i - 1] ?? 0);
    if (gap > 17) out.push(`#${i}: ${gap.toFixed(1)} ms`);
  }
  return `${frames.length - 1} frames; over 17 ms: ${out.join(', ') || 'none'}`;
}

const [pageName = 'app', nText = '100000', which = 'both', word = 'summit'] = process.argv.slice(2);

/** Types `word` into the header's search letter by letter, each key awaited until the search status has answered it. */
async function typeSearch(page: Page, text: string): Promise<void> {
  for (let i = 1; i <= text.length; i++) {
    const began = Date.now();
    await page.keyboard.press(text.charAt(i - 1));
    // Every answer ("12 events match “su”.", "No event matches “su”.") names the query; "Searching for …" does not match.
    await page.waitForFunction(
      (prefix) => {
        const said = document.querySelector('.search-field [role="status"]')?.textContent ?? '';
        return said.includes(`“${prefix}”`) && said.includes(' match');
      },
      text.slice(0, i),
      { timeout: 120_000, polling: 'raf' },
    );
    console.log(`key ${JSON.stringify(text.slice(0, i))}: answered in ${Date.now() - began} ms (seen from outside)`);
  }
}
/** Ticks and unticks each tag filter in turn, `rounds` times, each click awaited until the events' count changes. */
async function toggleTags(page: Page, rounds: number): Promise<void> {
  const boxes = page.locator('.filters fieldset:first-of-type input[type="checkbox"]');
  await boxes.first().waitFor();
  const tags = await boxes.count();
  const said = page.locator('.events-count [role="status"]');
  for (let k = 0; k < tags * rounds; k++) {
    for (const ticking of [true, false]) {
      const before = await said.textContent();
      const began = Date.now();
      await boxes.nth(k % tags).click();
      await page.waitForFunction((was) => document.querySelector('.events-count [role="status"]')?.textContent !== was, before, {
        polling: 'raf',
      });
      console.log(`${ticking ? 'tick' : 'untick'} tag ${k % tags}: count answered in ${Date.now() - began} ms (seen from outside)`);
    }
  }
}
const viewport = { width: 1200, height: 600 };
const root = new URL('./', import.meta.url).pathname;

const { executablePath } = await findBrowser();
const server = await serveStatic(join(root, 'dist'));
const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
try {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const starting = which === 'start';
  const startProfiling = async (): Promise<void> => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
    await cdp.send('Profiler.start');
  };
  if (starting) await startProfiling();
  await page.goto(`${server.url}${pageName}.html?n=${nText}`);
  await page.waitForFunction('window.__ready === true || window.__benchError !== undefined', undefined, { timeout: 120_000 });
  const failure = (await page.evaluate('window.__benchError')) as string | undefined;
  if (failure) throw new Error(failure);
  if (starting) {
    const marks = (await page.evaluate(
      "performance.getEntriesByType('mark').filter((m) => m.name.startsWith('bench:')).map((m) => `${m.name} ${m.startTime.toFixed(0)}`)",
    )) as string[];
    console.log(`start, ms since navigation: ${marks.join(', ')}`);
  }
  await installRecorder(page, cdp);
  const plot = await readPlot(page, viewport);
  const searching = which === 'search';
  if (searching) {
    // Loads the search and builds its index (a first query waits for it), then clears, so only typing is profiled.
    await page.locator('.search-field input[type="search"]').click();
    await typeSearch(page, 'x');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
  }
  if (which === 'pan') await zoomToSpan(page, cdp, plot, 10 * 365.25 * 864e5, 20_000);

  if (!starting) await startProfiling();
  if (which === 'firstkey') {
    // The search's first use: the click on the field loads it and starts its index; the key waits for the index.
    await page.locator('.search-field input[type="search"]').click();
    await typeSearch(page, word);
  }
  if (searching) {
    await typeSearch(page, word);
    // Then Escape, which clears it: awaited until the status says nothing.
    const began = Date.now();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.search-field [role="status"]')?.textContent === '', null, { polling: 'raf' });
    console.log(`Escape: cleared in ${Date.now() - began} ms (seen from outside)`);
  }
  if (which === 'tags') await toggleTags(page, 2);
  const sweeping = !searching && !starting && which !== 'tags' && which !== 'firstkey';
  if (which !== 'pan' && sweeping) {
    const s = await sweep(page, cdp, zoomSteps(plot), 30_000);
    console.log('zoom', frameStats(s.frames, s.longTasks), longFrames(s.frames));
  }
  if (which === 'both' && sweeping) await zoomToSpan(page, cdp, plot, 10 * 365.25 * 864e5, 20_000);
  if (which !== 'zoom' && sweeping) {
    const s = await sweep(page, cdp, panSteps(plot), 30_000);
    console.log('pan', frameStats(s.frames, s.longTasks), longFrames(s.frames));
  }
  const { profile } = await cdp.send('Profiler.stop');
  const traceText = (await browser.stopTracing()).toString();
  if (process.env.BENCH_TRACE_OUT) writeFileSync(process.env.BENCH_TRACE_OUT, traceText);
  if (process.env.BENCH_CPU_OUT) writeFileSync(process.env.BENCH_CPU_OUT, JSON.stringify(profile));
  console.log(`\n${selfTimeLines(profile as CpuProfile).join('\n')}`);
  console.log(`\n${traceLines(traceText).join('\n')}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
