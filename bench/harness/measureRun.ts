/** One measured run: a fresh browser context, one page at one N, every scenario in turn. */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { FULL_RANGE } from '../../src/core/viewWindow';
import { type FrameStats, frameStats } from './stats';
import { type PanMovement, type ZoomMovement, checkPan, checkZoom } from './sweepCheck';
import { type Plot, type SweepResult, type Viewport, installRecorder, panSteps, readPlot, sweep, zoomSteps, zoomToSpan } from './sweeps';
import { DAY } from '../../src/model/duration';

export type PageName = 'app' | 'timeline' | 'vis' | 'empty';

/** A sweep's frames and the input it sent. What the sweep did to the view is the run's `movement`, checked. */
export interface SweepSummary extends FrameStats {
  readonly sent: number;
  readonly planned: number;
}

/** Where the input was aimed, and what the sweeps did to the view (checked: a still view fails the row). */
export interface Movement {
  readonly plot: Plot;
  readonly zoom: ZoomMovement;
  readonly pan: PanMovement;
}

export interface OkRun {
  readonly status: 'ok';
  /** Navigation to drawn, not counting the page's own generation of synthetic data (see scenarios). */
  readonly readyMs: number;
  /** When each phase of the page's start ended, ms since navigation: generate, data, files, events, rendered, ready. */
  readonly phases: Record<string, number>;
  readonly zoom: SweepSummary;
  readonly pan: SweepSummary;
  readonly panSpanDays: number;
  readonly heapMB: number;
  readonly domNodes: number;
  /** Absent on the empty page, which has no view to move. */
  readonly movement?: Movement;
}

export interface DnfRun {
  readonly status: 'dnf';
  readonly reason: string;
}

/** A run, and how busy the machine's CPUs were (0..1) with other work just before it. */
export type RunResult = (OkRun | DnfRun) & { readonly busyBefore?: number };

export interface RunOptions {
  readonly baseUrl: string;
  readonly viewport: Viewport;
  readonly readyLimitMs: number;
  readonly sweepLimitMs: number;
  /** Window span to zoom to before panning. */
  readonly panSpanMs: number;
  /** Load the events from this JSON file (the contract's `data=`) instead of having the page generate them. */
  readonly dataFile?: (n: number) => string;
}

function summarise(s: SweepResult): SweepSummary {
  return { ...frameStats(s.frames, s.longTasks), sent: s.sent, planned: s.planned };
}

class Overdue extends Error {}

/** Rejects with Overdue after `ms`: a page stuck in a long task can leave a CDP call unanswered for minutes. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const overdue = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Overdue(what)), ms);
  });
  return Promise.race([promise, overdue]).finally(() => clearTimeout(timer));
}

/**
 * Ends the browser's renderer processes (one context runs at a time, so that is the page under test):
 * a page that did not finish would otherwise keep a core busy through the runs after it.
 */
async function killRenderers(browser: Browser): Promise<void> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await session.send('SystemInfo.getProcessInfo');
    for (const p of processInfo) if (p.type === 'renderer') process.kill(p.id, 'SIGKILL');
  } catch {
    // Already gone, or not told: the context's close below still ends it in time.
  } finally {
    await session.detach().catch(() => undefined);
  }
}

export async function measureRun(browser: Browser, name: PageName, n: number, options: RunOptions): Promise<RunResult> {
  const context = await browser.newContext({ viewport: options.viewport, deviceScaleFactor: 1 });
  let overdue = false;
  try {
    const page = await context.newPage();
    const crashed = new Promise<never>((_, reject) => page.on('crash', () => reject(new Error('the page crashed'))));
    crashed.catch(() => undefined);
    const cdp = await context.newCDPSession(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const data = options.dataFile ? `&data=${encodeURIComponent(options.dataFile(n))}` : '';
    await page.goto(`${options.baseUrl}${name}.html?n=${n}${data}`, { waitUntil: 'commit' });
    const ready = page.waitForFunction('window.__ready === true || window.__benchError !== undefined', undefined, {
      timeout: options.readyLimitMs,
      polling: 250,
    });
    try {
      await within(Promise.race([ready, crashed]), options.readyLimitMs, 'ready');
    } catch (error) {
      overdue = true;
      const crash = error instanceof Error && error.message === 'the page crashed';
      return { status: 'dnf', reason: crash ? 'the page crashed' : `not drawn within ${options.readyLimitMs / 1000} s` };
    }
    const failure = (await page.evaluate('window.__benchError')) as string | undefined;
    if (failure !== undefined) return { status: 'dnf', reason: `page error: ${failure}` };
    // Ready is measured; the sweeps and the heap follow, with a limit of their own.
    return await within(Promise.race([scenarios(page, cdp, errors, options), crashed]), 4 * options.sweepLimitMs + 60_000, 'sweeps');
  } catch (error) {
    if (!(error instanceof Overdue)) throw error;
    overdue = true;
    return { status: 'dnf', reason: `the sweeps did not end within ${(4 * options.sweepLimitMs + 60_000) / 1000} s` };
  } finally {
    if (overdue) await killRenderers(browser);
    await Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
}

async function scenarios(page: Page, cdp: CDPSession, errors: readonly string[], options: RunOptions): Promise<RunResult> {
  const phases = (await page.evaluate(
    "Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('bench:')).map((m) => [m.name.slice(6), m.startTime]))",
  )) as Record<string, number>;
  // Ready: from navigation to drawn, less the time the page spent making up its synthetic data and
  // articles, which stands in for their download and is no work of the app's (the phases keep both).
  const readyMs = (phases.ready ?? Number.NaN) - ((phases.files ?? phases.data ?? 0) - (phases.generate ?? 0));
  await installRecorder(page, cdp);
  const plot = await readPlot(page, options.viewport);
  const zoom = await sweep(page, cdp, zoomSteps(plot), options.sweepLimitMs);
  const panSpan = await zoomToSpan(page, cdp, plot, options.panSpanMs, options.sweepLimitMs);
  const pan = await sweep(page, cdp, panSteps(plot), options.sweepLimitMs);
  const hasView = (await page.evaluate('typeof window.__benchPlot === "function"')) as boolean;
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  if (errors.length) return { status: 'dnf', reason: `page error during the sweeps: ${errors[0] ?? ''}` };
  return {
    status: 'ok',
    readyMs,
    phases,
    zoom: summarise(zoom),
    pan: summarise(pan),
    panSpanDays: panSpan / DAY,
    heapMB: heap.usedSize / 2 ** 20,
    domNodes: dom.nodes,
    ...(hasView && {
      movement: { plot, zoom: checkZoom(zoom, FULL_RANGE.end - FULL_RANGE.start), pan: checkPan(pan, plot.timeWidth) },
    }),
  };
}
