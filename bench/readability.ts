/**
 * The readability benchmark: for each of five ordinary views at 1280×800 and 375×740, our timeline and
 * vis-timeline (its defaults, the same 15 events and short labels, the same window and viewport): the
 * share of drawn event marks whose label is whole, the shortest label shown, the clusters, the plot's size.
 *
 *   npm run bench:readability   (builds the app into bench/dist/readability-app and the vis page, then measures)
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import { build } from 'vite';
import { FULL_RANGE, type ViewWindow } from '../src/core/viewWindow';
import { windowForParams } from '../src/url/permalinkWindow';
import { parseViewParams } from '../src/url/viewParams';
import { BROWSER_ARGS, findBrowser } from '../scripts/browser/findBrowser';
import { serveStatic } from '../scripts/browser/staticServer';
import {
  OUR_TIMELINE,
  READABILITY_SIZES,
  READABILITY_VIEWS,
  type Readability,
  VIS_TIMELINE,
  measureReadability,
} from '../scripts/browser/readabilityMeasure';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const APP_DIR = here('./dist/readability-app/');
const VIS_DIR = here('./dist/readability-vis/');
/** How long a page may take to draw before the run gives up on it. */
const DRAW_TIMEOUT_MS = 30_000;

/** The window a view's query opens, as the app itself reads it. */
function windowOf(query: string): ViewWindow {
  const { params } = parseViewParams(query);
  return query === '' ? FULL_RANGE : windowForParams(params);
}

async function buildVisPage(): Promise<void> {
  await build({
    configFile: false,
    root: here('./pages/'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir: VIS_DIR,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: here('./pages/readability-vis.html') },
    },
  });
}

/** Waits until the marks stop moving (levels laid out in idle time replace coarser stand-ins). */
async function settle(page: Page, selector: string): Promise<void> {
  let last = '';
  for (let i = 0; i < 30; i++) {
    const now = await page.evaluate(
      (s) => Array.from(document.querySelectorAll(s), (el) => JSON.stringify(el.getBoundingClientRect())).join(),
      selector,
    );
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

export interface ReadabilityRow {
  readonly view: string;
  readonly size: string;
  readonly ours: Readability;
  readonly vis: Readability;
}

/** Measures every view at every size, in ours and in vis-timeline. */
export async function measureAll(browser: Browser, appUrl: string, visUrl: string): Promise<ReadabilityRow[]> {
  const rows: ReadabilityRow[] = [];
  for (const size of READABILITY_SIZES) {
    const context = await browser.newContext({
      viewport: { width: size.width, height: size.height },
      isMobile: size.mobile,
      hasTouch: size.mobile,
      timezoneId: 'UTC',
    });
    const page = await context.newPage();
    for (const view of READABILITY_VIEWS) {
      await page.goto(appUrl + view.query);
      await page.waitForSelector('[data-event-id]', { timeout: DRAW_TIMEOUT_MS });
      await settle(page, OUR_TIMELINE.marks);
      const ours = await page.evaluate(measureReadability, OUR_TIMELINE);
      const { start, end } = windowOf(view.query);
      await page.goto(`${visUrl}?start=${start}&end=${end}`);
      await page.waitForSelector('body[data-ready]', { timeout: DRAW_TIMEOUT_MS });
      await settle(page, VIS_TIMELINE.marks);
      const vis = await page.evaluate(measureReadability, VIS_TIMELINE);
      rows.push({ view: view.name, size: `${size.width}×${size.height}`, ours, vis });
    }
    await context.close();
  }
  return rows;
}

const share = (r: Readability): string => `${r.whole}/${r.drawn} (${r.drawn ? Math.round((100 * r.whole) / r.drawn) : 0}%)`;

function print(rows: readonly ReadabilityRow[]): void {
  const header = [
    'size',
    'view',
    'whole: ours',
    'whole: vis',
    'shortest: ours',
    'shortest: vis',
    'clusters: ours',
    'clusters: vis',
    'plot: ours',
    'plot: vis',
  ];
  const table = rows.map((r) => [
    r.size,
    r.view,
    share(r.ours),
    share(r.vis),
    `${r.ours.shortest}`,
    `${r.vis.shortest}`,
    `${r.ours.clusters}`,
    `${r.vis.clusters}`,
    `${r.ours.plotWidth}×${r.ours.plotHeight}`,
    `${r.vis.plotWidth}×${r.vis.plotHeight}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  for (const row of table) console.log(line(row));
  for (const size of READABILITY_SIZES) {
    const of = rows.filter((r) => r.size === `${size.width}×${size.height}`);
    const total = (pick: (r: ReadabilityRow) => Readability) => {
      const [whole, drawn] = of.reduce(([w, d], r) => [w + pick(r).whole, d + pick(r).drawn], [0, 0]);
      return `${whole} of ${drawn}`;
    };
    console.log(`${size.width}×${size.height}, five views: ours ${total((r) => r.ours)} labels whole, vis-timeline ${total((r) => r.vis)}`);
  }
  for (const r of rows) {
    if (r.ours.cut.length) console.log(`ours, ${r.size} ${r.view}: ${r.ours.cut.join(' | ')}`);
    if (r.vis.cut.length) console.log(`vis,  ${r.size} ${r.view}: ${r.vis.cut.join(' | ')}`);
  }
}

async function main(): Promise<void> {
  if (!existsSync(`${APP_DIR}index.html`)) throw new Error(`No app build in ${APP_DIR}: run 'npm run bench:readability', which builds it.`);
  await buildVisPage();
  const [app, vis] = [await serveStatic(APP_DIR), await serveStatic(VIS_DIR)];
  const { executablePath } = await findBrowser();
  const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS, headless: true });
  try {
    print(await measureAll(browser, app.url, `${vis.url}readability-vis.html`));
  } finally {
    await browser.close();
    await Promise.all([app.close(), vis.close()]);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
