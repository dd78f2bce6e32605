/**
 * Where a change in the time to the first drawn view comes from: the app page's start phases, for two builds of
 * the bench pages (this tree's and another commit's), in interleaved runs so that both see the same machine.
 *
 *   git worktree add /tmp/before <commit> && (cd /tmp/before && npm ci && npx vite build --configLoader runner --config bench/vite.config.ts)
 *   npx vite build --configLoader runner --config bench/vite.config.ts
 *   TZ=UTC npx tsx bench/startCompare.ts --before=/tmp/before/bench/dist --sizes=10000,100000 --runs=7 [--validate=0|1]
 *
 * Phases, ms, medians: loaded (navigation to the page's first code), checked (the dataset files turned into the
 * app's dataset: `--validate=1` runs the validator on them first, `--validate=0` does not, and without either each
 * build does as it does by default: this page checks nothing, as the app's readers' pages; builds of the page
 * before 6 December 2026 checked up to 10,000 events), rendered (the first render), settled (until drawn and
 * still), and ready as `npm run bench` counts it (without the page's own making of its data).
 */
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../scripts/browser/findBrowser';
import { serveStatic } from '../scripts/browser/staticServer';
import { busyFraction } from './harness/quiet';
import { median } from './harness/stats';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]));
const before = args.get('before');
if (!before) throw new Error('--before=DIR names the other build of the bench pages (its bench/dist)');
const sizes = (args.get('sizes') ?? '10000,100000').split(',').map(Number);
const runs = Number(args.get('runs') ?? 7);
const validate = args.get('validate');
const builds = [
  { name: 'before', dir: before },
  { name: 'this tree', dir: join(new URL('.', import.meta.url).pathname, 'dist') },
];

type Phases = Record<'loaded' | 'checked' | 'rendered' | 'settled' | 'ready', number>;

/** The phases of one start, from the page's marks (see bench/pages/contract.ts). */
function phasesOf(marks: Record<string, number>): Phases {
  const at = (name: string) => {
    const value = marks[`bench:${name}`];
    if (value === undefined) throw new Error(`the page set no bench:${name} mark`);
    return value;
  };
  return {
    loaded: at('generate'),
    checked: at('events') - at('files'),
    rendered: at('rendered') - at('events'),
    settled: at('ready') - at('rendered'),
    ready: at('ready') - (at('files') - at('generate')),
  };
}

const { executablePath } = await findBrowser();
const servers = await Promise.all(builds.map((b) => serveStatic(b.dir)));
const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
try {
  console.log(`CPUs ${(100 * (await busyFraction())).toFixed(0)}% busy before the runs`);
  for (const n of sizes) {
    const starts = builds.map((): Phases[] => []);
    for (let run = 0; run < runs; run++) {
      for (const [i, server] of servers.entries()) {
        const context = await browser.newContext({ viewport: { width: 1200, height: 600 } });
        const page = await context.newPage();
        await page.goto(`${server.url}app.html?n=${n}${validate === undefined ? '' : `&validate=${validate}`}`);
        await page.waitForFunction('window.__ready === true || window.__benchError !== undefined', undefined, { timeout: 120_000 });
        const failure = (await page.evaluate('window.__benchError')) as string | undefined;
        if (failure) throw new Error(`${builds[i]?.name}: ${failure}`);
        const marks = (await page.evaluate(
          "Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))",
        )) as Record<string, number>;
        starts[i]?.push(phasesOf(marks));
        await context.close();
      }
    }
    console.log(`\n${n.toLocaleString('en-US')} events, ${runs} runs each, medians (ms):`);
    console.log('| build | loaded | checked | rendered | settled | ready |');
    console.log('|---|--:|--:|--:|--:|--:|');
    builds.forEach((build, i) => {
      const of = (key: keyof Phases) => median((starts[i] ?? []).map((p) => p[key])).toFixed(0);
      console.log(`| ${build.name} | ${of('loaded')} | ${of('checked')} | ${of('rendered')} | ${of('settled')} | ${of('ready')} |`);
    });
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
