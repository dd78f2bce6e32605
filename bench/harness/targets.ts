/** The issue's targets, checked against the medians of a run. */
import { JS_BUDGET_GZIP_BYTES, kib } from '../../scripts/bundleSize';
import type { PageVerdict } from '../../scripts/downloadBudget';
import type { Row } from './aggregate';

export interface Verdict {
  readonly target: string;
  readonly measured: string;
  readonly pass: boolean;
}

const ms = (x: number) => `${Math.round(x)} ms`;
const frame = (x: number) => `${x.toFixed(1)} ms`;

/** Ready limits by N: what a reader waits for on opening an archive of that size. */
const READY_LIMIT_MS: Readonly<Record<number, number>> = { 10_000: 500, 100_000: 1500 };
/** The JS heap after garbage collection at 100,000 events. */
const HEAP_LIMIT_MB = 200;

/**
 * A row whose sweeps did not move the view fails outright, and none of its frame figures counts as a
 * pass: they measured a page with nothing to do.
 */
function movedVerdict(row: Row, at: string): Verdict {
  const problems = row.stillProblems;
  return {
    target: `${at}: the sweeps moved the view`,
    measured: problems.length ? problems.join('; ') : 'zoomed in to ≤ 30 days and out; panned ≥ 200 px each way',
    pass: problems.length === 0,
  };
}

/** The targets a page's row at N must meet (empty for an N without targets). */
export function rowTargets(row: Row): Verdict[] {
  const at = row.n.toLocaleString('en-US');
  const r = row.median;
  if (row.page === 'empty') return [];
  if (!r) return row.n >= 10_000 ? [{ target: `${at}: finishes`, measured: row.dnf ?? 'did not finish', pass: false }] : [];
  const moved = movedVerdict(row, at);
  const still = moved.pass ? '' : ' (the view did not move)';
  const readyLimit = READY_LIMIT_MS[row.n];
  if (readyLimit !== undefined) {
    const verdicts: Verdict[] = [
      moved,
      { target: `${at}: ready ≤ ${readyLimit} ms`, measured: ms(r.readyMs), pass: r.readyMs <= readyLimit },
      { target: `${at}: zoom p95 ≤ 17 ms`, measured: frame(r.zoom.p95) + still, pass: moved.pass && r.zoom.p95 <= 17 },
      {
        target: `${at}: zoom, no frame over 33 ms`,
        measured: `${r.zoom.over33} over, max ${frame(r.zoom.max)}${still}`,
        pass: moved.pass && r.zoom.over33 === 0,
      },
      { target: `${at}: pan p95 ≤ 17 ms`, measured: frame(r.pan.p95) + still, pass: moved.pass && r.pan.p95 <= 17 },
      {
        target: `${at}: pan, no frame over 33 ms`,
        measured: `${r.pan.over33} over, max ${frame(r.pan.max)}${still}`,
        pass: moved.pass && r.pan.over33 === 0,
      },
    ];
    if (row.n === 100_000)
      verdicts.push({
        target: `${at}: heap ≤ ${HEAP_LIMIT_MB} MB`,
        measured: `${r.heapMB.toFixed(1)} MB`,
        pass: r.heapMB <= HEAP_LIMIT_MB,
      });
    return verdicts;
  }
  if (row.n === 1_000_000) {
    return [
      moved,
      { target: `${at}: finishes`, measured: `ready in ${ms(r.readyMs)}, heap ${r.heapMB.toFixed(1)} MB`, pass: true },
      { target: `${at}: zoom p95 ≤ 33 ms`, measured: frame(r.zoom.p95) + still, pass: moved.pass && r.zoom.p95 <= 33 },
      { target: `${at}: pan p95 ≤ 33 ms`, measured: frame(r.pan.p95) + still, pass: moved.pass && r.pan.p95 <= 33 },
    ];
  }
  // Rows without targets still fail when they did not move: their figures would mislead.
  return moved.pass ? [] : [moved];
}

/** The download budget, as `npm test` counts it: what each reader page's load fetched in Chromium (scripts/downloadBudget.ts). */
export function downloadTargets(pages: readonly PageVerdict[]): Verdict[] {
  return pages.map((page) => ({
    target: `${page.page}: JS to start ≤ ${kib(JS_BUDGET_GZIP_BYTES)} gzip, each file fetched once`,
    measured: `${kib(page.startJs)} gzip${page.laterJs > 0 ? `, then ${kib(page.laterJs)} for its event` : ''}, ${page.requests} requests${page.fetchedTwice.length > 0 ? `, ${page.fetchedTwice.length} fetched twice` : ''}`,
    pass: page.ok,
  }));
}
