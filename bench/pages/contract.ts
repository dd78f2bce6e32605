/**
 * The benchmark page contract, shared by every page so any harness can drive them alike:
 * `?n=N&data=<URL of JSON>` (or no `data`: the page generates the data itself); `bench:ready` mark and
 * `window.__ready` once the first complete render is on screen; `window.__benchError` on failure;
 * `window.__benchWindow()` gives the visible window in epoch ms.
 */
import { type BenchData, type BenchEvent, DEFAULT_SEED, syntheticData } from '../data/synthetic';

declare global {
  interface Window {
    __ready?: boolean;
    __benchError?: string;
    __benchWindow?: () => { start: number; end: number };
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

function checkEvents(value: unknown): readonly BenchEvent[] {
  const events = (value as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) throw new Error('the data file has no "events" array');
  events.forEach((e: Partial<BenchEvent> | null, i) => {
    if (typeof e?.id !== 'string' || typeof e.start !== 'string' || (e.type !== 'point' && e.type !== 'range')) {
      throw new Error(`event ${i} of the data file needs an id, a type ("point" or "range") and a start`);
    }
  });
  return events as BenchEvent[];
}

/**
 * The first N events: from the data file when one is given, else generated here. The page marks each
 * phase (`bench:data`, `bench:events`, `bench:rendered`, then `bench:ready`) so a slow start can be told apart.
 */
export async function loadBenchData(params: BenchParams): Promise<BenchData> {
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

export function markReady(benchWindow: () => { start: number; end: number }): void {
  window.__benchWindow = benchWindow;
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
export function runPage(setup: (params: BenchParams) => Promise<() => { start: number; end: number }>): void {
  window.addEventListener('error', (e) => fail(e.error ?? e.message));
  window.addEventListener('unhandledrejection', (e) => fail(e.reason));
  Promise.resolve()
    .then(() => setup(readParams()))
    .then(markReady, fail);
}
