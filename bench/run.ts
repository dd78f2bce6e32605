/**
 * `npm run bench`: our timeline and vis-timeline side by side on the same synthetic data, in headless
 * Chromium, plus an empty page for the browser's floor. Prints markdown tables with each target's
 * pass/miss and writes bench/results/latest.json (a partial run: bench/dist/results-partial.json).
 *
 *   npm run bench                 every N, 3 repetitions (about 10–15 minutes on 2 cores)
 *   BENCH_QUICK=1 npm run bench   (or `-- --quick`) 1,000 and 10,000 events, one repetition: for iterating
 *   npm run bench -- --pages=timeline,vis   the timeline component alone, for profiling
 *   npm run bench -- --pages=app --sizes=100000 --reps=1
 *   npm run bench -- --from-file  the pages fetch the data as JSON (`?data=`) instead of generating it
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../scripts/browser/findBrowser';
import { recordPageLoad } from '../scripts/browser/pageDownloads';
import { serveStatic } from '../scripts/browser/staticServer';
import { measureAssets } from '../scripts/bundleSize';
import { TIMELINE_LANGUAGES } from '../src/i18n/languages';
import { type PageVerdict, aheadOfUseChunks, judgePageLoad, onDemandChunks, readerPages } from '../scripts/downloadBudget';
import { firstScreenFiles, readManifest } from '../scripts/firstScreen';
import { syntheticData } from './data/synthetic';
import { type Row, aggregate } from './harness/aggregate';
import { type OkRun, type PageName, type RunOptions, type RunResult, measureRun } from './harness/measureRun';
import { busyLine, downloadsTable, movementTable, phasesTable, ratioTable, resultsTable, sizeTable, targetsTable } from './harness/report';
import { waitForQuiet } from './harness/quiet';
import { downloadTargets, rowTargets } from './harness/targets';
import { machineOf, measuredCommit } from './harness/measuredOn';

const root = new URL('./', import.meta.url).pathname;
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]));
const quick = args.has('quick') || process.env.BENCH_QUICK === '1';
const list = (key: string) => args.get(key)?.split(',').filter(Boolean);
const sizes = (list('sizes') ?? (quick ? ['1000', '10000'] : ['100', '1000', '10000', '100000', '1000000'])).map(Number);
const pages = (list('pages') ?? ['empty', 'app', 'vis']) as PageName[];
const reps = Number(args.get('reps') ?? (quick ? 1 : 3));
/** From this N a row is one run: a million-event run takes over a minute, and the full run must stay well under 20. */
const ONE_REP_FROM = 1_000_000;

const options: Omit<RunOptions, 'baseUrl'> = {
  viewport: { width: 1200, height: 600 },
  readyLimitMs: 60_000,
  sweepLimitMs: 20_000,
  // The pan sweep runs at about a decade in view: dense enough to matter, narrow enough to move.
  panSpanMs: 10 * 365.25 * 864e5,
};

/** Writes the first N events once, as the JSON the page contract reads, and names it relative to the pages. */
function dataFile(n: number): string {
  const name = `data-${n}.json`;
  const path = join(root, 'dist', name);
  if (!existsSync(path)) writeFileSync(path, JSON.stringify(syntheticData(n)));
  return `./${name}`;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** One run on one line, with the spans its sweeps reached, so a still view shows at once. */
function describeRun(r: OkRun): string {
  const m = r.movement;
  const moved = m
    ? `; zoom ${m.zoom.firstSpanDays.toFixed(0)} → ${m.zoom.minSpanDays.toFixed(1)} → ${m.zoom.lastSpanDays.toFixed(0)} days, pan at ${m.pan.spanDays.toFixed(0)} days ${m.pan.outPx.toFixed(0)} px out / ${m.pan.backPx.toFixed(0)} px back${[...m.zoom.problems, ...m.pan.problems].map((p) => `; DID NOT MOVE: ${p}`).join('')}`
    : '';
  return `ready ${r.readyMs.toFixed(0)} ms, zoom p95 ${r.zoom.p95.toFixed(1)}, pan p95 ${r.pan.p95.toFixed(1)}${moved}`;
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'dist/app-build/assets')))
    throw new Error('No benchmark build: run `npm run bench`, which builds the pages and the app first.');
  const { executablePath } = await findBrowser();
  const server = await serveStatic(join(root, 'dist'));
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS, timeout: 60_000 });
  const runOptions: RunOptions = { ...options, baseUrl: server.url, ...(args.has('from-file') ? { dataFile } : {}) };
  const rows: Row[] = [];
  try {
    for (const page of pages) {
      let gaveUpAt: number | null = null;
      for (const n of page === 'empty' ? [0] : sizes) {
        // A library that could not draw N events in the time limit will not draw more of them.
        if (gaveUpAt !== null) {
          rows.push(aggregate(page, n, [{ status: 'dnf', reason: `not run: did not finish ${gaveUpAt.toLocaleString('en-US')}` }]));
          continue;
        }
        const runs: RunResult[] = [];
        const repsHere = n >= ONE_REP_FROM ? Math.min(reps, 1) : reps;
        for (let rep = 1; rep <= repsHere; rep++) {
          const busyBefore = await waitForQuiet(10_000);
          const began = Date.now();
          const result = { ...(await measureRun(browser, page, n, runOptions)), busyBefore };
          runs.push(result);
          log(
            `${page} n=${n} run ${rep}/${repsHere} (CPUs ${(100 * busyBefore).toFixed(0)}% busy before): ${result.status === 'ok' ? describeRun(result) : result.reason} (${((Date.now() - began) / 1000).toFixed(1)} s)`,
          );
          if (result.status === 'dnf') break;
        }
        const row = aggregate(page, n, runs);
        rows.push(row);
        if (!row.median) gaveUpAt = n;
      }
    }
    // The budget counts what each reader page's load fetches (as `npm test` does); the size table lists the chunks.
    const appDist = join(root, 'dist/app-build');
    const manifest = readManifest(appDist);
    const downloads: PageVerdict[] = [];
    for (const reader of readerPages(appDist, TIMELINE_LANGUAGES))
      downloads.push(
        judgePageLoad(
          await recordPageLoad(browser, appDist, reader.page),
          reader,
          onDemandChunks(manifest, reader.entry, reader.language),
          aheadOfUseChunks(manifest, reader.entry, reader.language),
        ),
      );
    const firstScreen = new Set(firstScreenFiles(manifest, 'index.html').map((file) => basename(file)));
    const appAll = measureAssets(join(appDist, 'assets'));
    const app = measureAssets(join(appDist, 'assets'), (file) => firstScreen.has(file));
    const vis = measureAssets(join(root, 'dist/assets'), (file) => file.startsWith('vis-'));
    const report = [
      "### Results (medians of each row's runs)",
      '',
      resultsTable(rows),
      '',
      busyLine(rows),
      '',
      '### What the sweeps did (a row whose view did not move fails)',
      '',
      movementTable(rows),
      '',
      '### Ours : vis-timeline',
      '',
      ratioTable(rows),
      '',
      '### Start-up phases (ms since navigation, medians)',
      '',
      phasesTable(rows),
      '',
      '### Targets',
      '',
      targetsTable(rows, downloads),
      '',
      '### What a reader downloads (each page loaded from a server with no caching headers)',
      '',
      downloadsTable(downloads),
      '',
      '### Size',
      '',
      sizeTable(app, appAll, vis),
    ].join('\n');
    console.log(report);
    const machine = machineOf(browser.version());
    const commit = measuredCommit();
    const verdicts = [...rows.filter((r) => r.page === 'app').flatMap(rowTargets), ...downloadTargets(downloads)];
    // Only a full run stands as the latest result; a partial one goes beside the build, which git ignores.
    const full = !quick && !args.has('sizes') && !args.has('pages') && !args.has('reps') && !args.has('from-file');
    const out = full ? join(root, 'results/latest.json') : join(root, 'dist/results-partial.json');
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(
      out,
      `${JSON.stringify({ date: new Date().toISOString(), commit, machine, options: { ...options, sizes, pages, reps, quick }, sizes: { appFirstScreen: app, appAll, vis }, downloads, targets: verdicts, rows }, null, 1)}\n`,
    );
    log(
      `\nCommit ${commit}. Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, ${machine.browser}, Node ${machine.node}. Wrote ${out}.`,
    );
    if (verdicts.some((v) => !v.pass))
      log(
        `Missed: ${verdicts
          .filter((v) => !v.pass)
          .map((v) => v.target)
          .join('; ')}`,
      );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
