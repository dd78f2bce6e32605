/**
 * `npm run bench:interactions`: how fast the whole app answers a reader at 10,000 and 100,000 events, in
 * headless Chromium: search latency per keystroke, and input to next paint for selecting an event, toggling a
 * tag filter and Next/Previous, each action checked to have taken place (bench/harness/interactions.ts); and
 * the production build's time for its preview images (from the build's own timings). Prints markdown tables
 * and writes bench/results/interactions.json (a partial run: bench/dist/interactions-partial.json).
 *
 *   npm run bench:interactions                 10,000 and 100,000 events, 3 runs each
 *   BENCH_QUICK=1 npm run bench:interactions   (or `-- --quick`) 10,000 events, one run
 *   npm run bench:interactions -- --sizes=100000 --runs=1
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../scripts/browser/findBrowser';
import { serveStatic } from '../scripts/browser/staticServer';
import { type BuildTimings, buildTimingsTable } from '../scripts/buildTimings';
import { type InteractionOptions, type InteractionRun, checkedEvents, measureInteractions } from './harness/interactions';
import { interactionTable, interactionVerdicts, summariseRuns, verdictTable } from './harness/interactionReport';
import { waitForQuiet } from './harness/quiet';
import { median } from './harness/stats';
import { machineOf, measuredCommit } from './harness/measuredOn';

const root = new URL('./', import.meta.url).pathname;
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]));
const quick = args.has('quick') || process.env.BENCH_QUICK === '1';
const sizes = (args.get('sizes')?.split(',').filter(Boolean) ?? (quick ? ['10000'] : ['10000', '100000'])).map(Number);
const runsPerSize = Number(args.get('runs') ?? (quick ? 1 : 3));
/** Where the benchmark's build of the app writes its timings (the `bench` scripts set BUILD_TIMINGS to it). */
const TIMINGS_FILE = join(root, 'dist/build-timings.json');

const options: Omit<InteractionOptions, 'baseUrl'> = {
  viewport: { width: 1200, height: 900 },
  readyLimitMs: 60_000,
  // Generous: a slow answer is measured as slow; only one that never shows fails.
  actionLimitMs: 60_000,
  // "summit": "s" finds the summits, strikes, Saturdays and Sundays, "su" the summits and Sundays, then the summits alone.
  word: 'summit',
  typings: 3,
  repeats: 10,
};

const log = (line: string) => process.stderr.write(`${line}\n`);

function readTimings(): BuildTimings | null {
  if (!existsSync(TIMINGS_FILE)) return null;
  return JSON.parse(readFileSync(TIMINGS_FILE, 'utf8')) as BuildTimings;
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist/app.html')))
    throw new Error('No benchmark build: run `npm run bench:interactions`, which builds the pages and the app first.');
  const { executablePath } = await findBrowser();
  const server = await serveStatic(join(root, 'dist'));
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS, timeout: 60_000 });
  const runs: (InteractionRun & { busyBefore: number })[] = [];
  try {
    for (const n of sizes) {
      const events = checkedEvents(n);
      for (let run = 1; run <= runsPerSize; run++) {
        const busyBefore = await waitForQuiet(10_000);
        const began = Date.now();
        const result = await measureInteractions(browser, events, { ...options, baseUrl: server.url });
        runs.push({ ...result, busyBefore });
        const failed = result.samples.filter((s) => s.problems.length > 0);
        log(
          `n=${n} run ${run}/${runsPerSize} (CPUs ${(100 * busyBefore).toFixed(0)}% busy before): ready ${result.readyMs.toFixed(0)} ms, search index ready at ${result.search?.indexedMs.toFixed(0) ?? '—'} ms, field clicked at ${result.search?.clickedMs.toFixed(0) ?? '—'} ms, ${result.samples.length} actions, ${failed.length} failed${result.error ? `; STOPPED: ${result.error}` : ''} (${((Date.now() - began) / 1000).toFixed(1)} s)`,
        );
        for (const s of failed) log(`  FAILED ${s.what}: ${s.problems.join('; ')}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summaries = summariseRuns(runs);
  const verdicts = [
    ...interactionVerdicts(summaries),
    ...runs
      .filter((r) => r.error)
      .map((r) => ({ target: `${r.n.toLocaleString('en-US')}: every scenario ran`, measured: r.error ?? '', pass: false })),
  ];
  const timings = readTimings();
  const busy = runs.map((r) => 100 * r.busyBefore).filter(Number.isFinite);
  const busyLine = busy.length
    ? `Other work kept the CPUs ${Math.min(...busy).toFixed(0)}–${Math.max(...busy).toFixed(0)}% busy just before the runs (median ${median(busy).toFixed(0)}%); the page drawn (from navigation, its making of the synthetic data included) in ${sizes
        .map((n) => `${median(runs.filter((r) => r.n === n).map((r) => r.readyMs)).toFixed(0)} ms at ${n.toLocaleString('en-US')}`)
        .join(', ')} (medians).`
    : '';
  const indexLine = sizes
    .map((n) => {
      const of = runs.filter((r) => r.n === n && r.search);
      const after = (at: (r: InteractionRun) => number) => median(of.map((r) => at(r) - r.readyMs)).toFixed(0);
      return `at ${n.toLocaleString('en-US')} events its index was ready ${after((r) => r.search?.indexedMs ?? Number.NaN)} ms after the page was drawn and the field clicked ${after((r) => r.search?.clickedMs ?? Number.NaN)} ms after it`;
    })
    .join('; ');
  const searchLine = `The search is loaded and its index built in idle time once the page is drawn: ${indexLine} (medians). A first key typed before the index is ready waits for the rest of it.`;
  console.log(
    [
      '### Interactions (input to the painted outcome, and Event Timing; every action checked)',
      '',
      interactionTable(summaries),
      '',
      busyLine,
      '',
      searchLine,
      '',
      '### Interaction targets',
      '',
      verdicts.length ? verdictTable(verdicts) : `No run at ${(100_000).toLocaleString('en-US')} events: no targets checked.`,
      '',
      "### The build's preview images",
      '',
      timings
        ? buildTimingsTable(timings)
        : `No build timings in ${TIMINGS_FILE}: build the app with BUILD_TIMINGS set (npm run bench:interactions does).`,
    ].join('\n'),
  );
  const machine = machineOf(browser.version());
  const full = !quick && !args.has('sizes') && !args.has('runs');
  const out = full ? join(root, 'results/interactions.json') : join(root, 'dist/interactions-partial.json');
  mkdirSync(join(out, '..'), { recursive: true });
  const commit = measuredCommit();
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), commit, machine, options: { ...options, sizes, runsPerSize, quick }, buildTimings: timings, targets: verdicts, summaries, runs }, null, 1)}\n`,
  );
  log(
    `\nCommit ${commit}. Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, ${machine.browser}, Node ${machine.node}. Wrote ${out}.`,
  );
  const missed = verdicts.filter((v) => !v.pass);
  if (missed.length) log(`Missed: ${missed.map((v) => v.target).join('; ')}`);
  if (runs.some((r) => r.error || r.samples.some((s) => s.problems.length > 0))) {
    log('Some actions did not take place: their figures are left out, and the run fails.');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
