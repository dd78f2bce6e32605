/**
 * The benchmark page contract, shared by every page so any harness can drive them alike:
 * `?n=N&data=<URL of JSON>` (or no `data`: the page generates the data itself); `bench:ready` mark and
 * `window.__ready` once the first complete render is on screen; `window.__benchError` on failure;
 * `window.__benchWindow()` gives the visible window in epoch ms; `window.__benchPlot()` the box of the
 * timeline's plot (the part that takes wheel and drag), so a harness aims its input there.
 */
import { type BenchData, type BenchEvent, DEFAULT_SEED, syntheticData } from '../data/synthetic';

declare global {
  interface Window {
    __ready?: boolean;
    __benchError?: string;
    __benchWindow?: () => { start: number; end: number };
    __benchPlot?: () => { x: number; y: number; width: number; height: number };
  }
}

export interface BenchParams {
  readonly n: number;
  readonly dataUrl: string | null;
  readonly seed: number;
}

export function readParams(search = location.search): BenchParams {
  const params = new URLSearchParams(search);
  const n = Number(params.get('n') ?? '1000');
  if (!Number.isInteger(n) || n < 0) throw new Error(`n must be a whole number of events, got "${params.get('n') ?? ''}"`);
  const seed = Number(params.get('seed') ?? DEFAULT_SEED);
  return { n, dataUrl: params.get('data'), seed: Number.isFinite(seed) ? seed : DEFAULT_SEED };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date as it is, or an ISO date-time as its UTC calendar day; null for anything else. */
export function calendarDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (ISO_DAY.test(value)) return value;
  const ms = /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
}

interface FileEvent {
  readonly id?: unknown;
  readonly title?: unknown;
  readonly type?: unknown;
  readonly start?: unknown;
  readonly end?: unknown;
}

/** The data file's events, with ids as strings or numbers and dates as ISO dates or date-times. */
export function checkEvents(value: unknown): readonly BenchEvent[] {
  const events = (value as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) throw new Error('the data file has no "events" array');
  return events.map((e: FileEvent | null, i): BenchEvent => {
    const id = typeof e?.id === 'number' && Number.isFinite(e.id) ? String(e.id) : e?.id;
    const start = calendarDay(e?.start);
    const end = e?.end === undefined ? undefined : calendarDay(e.end);
    if (typeof id !== 'string' || start === null || end === null || (e?.type !== 'point' && e?.type !== 'range')) {
      throw new Error(`event ${i} of the data file needs an id, a type ("point" or "range") and a start (and an end, if any) as ISO dates`);
    }
    const title = typeof e.title === 'string' && e.title.trim() !== '' ? e.title : `event ${id}`;
    return e.type === 'range' && end !== undefined ? { id, title, type: 'range', start, end } : { id, title, type: 'point', start };
  });
}

/**
 * The first N events: from the data file when one is given, else generated here. The page marks each
 * phase (`bench:data`, `bench:events`, `bench:rendered`, then `bench:ready`) so a slow start can be told apart.
 */
export async function loadBenchData(params: BenchParams): Promise<BenchData> {
  performance.mark('bench:generate');
  const data = await fetchOrGenerate(params);
  performance.mark('bench:data');
  return data;
}

async function fetchOrGenerate({ n, dataUrl, seed }: BenchParams): Promise<BenchData> {
  if (dataUrl === null) return syntheticData(n, seed);
  const response = await fetch(new URL(dataUrl, location.href));
  if (!response.ok) throw new Error(`could not load ${dataUrl}: HTTP ${response.status}`);
  const json: unknown = await response.json();
  const events = checkEvents(json);
  const range = (json as Partial<BenchData>).range ?? syntheticData(0).range;
  return { range, events: events.slice(0, n) };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves after the browser has painted the current frame (a task queued from inside rAF runs after paint). */
const afterPaint = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

/**
 * Waits until `root` has stopped changing: a whole animation frame with no DOM mutation inside it (a
 * library that draws in later frames or timers is not done at its first frame) and `isDrawn()` holds,
 * then until that frame has been painted.
 */
export async function settled(root: Element, isDrawn: () => boolean = () => true, patienceMs = 20_000): Promise<void> {
  const deadline = performance.now() + patienceMs;
  let changed = true;
  const observer = new MutationObserver(() => {
    changed = true;
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    await nextFrame();
    while (changed || !isDrawn()) {
      if (!changed && performance.now() > deadline) throw new Error(`nothing was drawn within ${patienceMs / 1000} s`);
      changed = false;
      await nextFrame();
    }
  } finally {
    observer.disconnect();
  }
  await afterPaint();
}

export interface PageHooks {
  readonly window: () => { start: number; end: number };
  /** The element that takes the timeline's wheel and drag (absent on a page without a timeline). */
  readonly plot?: () => Element | null;
}

export function markReady(hooks: PageHooks): void {
  window.__benchWindow = hooks.window;
  const { plot } = hooks;
  if (plot) {
    window.__benchPlot = () => {
      const box = plot()?.getBoundingClientRect();
      if (!box) throw new Error('the page has no timeline plot');
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    };
  }
  performance.mark('bench:ready');
  window.__ready = true;
}

export function fail(error: unknown): void {
  window.__benchError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const out = document.createElement('p');
  out.setAttribute('role', 'alert');
  out.textContent = `Benchmark page failed: ${window.__benchError}`;
  document.body.append(out);
}

/** Runs a page's setup and reports its outcome through the contract. */
export function runPage(setup: (params: BenchParams) => Promise<PageHooks>): void {
  window.addEventListener('error', (e) => fail(e.error ?? e.message));
  window.addEventListener('unhandledrejection', (e) => fail(e.reason));
  Promise.resolve()
    .then(() => setup(readParams()))
    .then(markReady, fail);
}
