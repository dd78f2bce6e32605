/** The targets, checked against the medians of a run. */
import type { BundleSize } from '../../scripts/bundleSize';
import { JS_BUDGET_GZIP_BYTES, kib } from '../../scripts/bundleSize';
import type { Row } from './aggregate';

export interface Verdict {
  readonly target: string;
  readonly measured: string;
  readonly pass: boolean;
}

const ms = (x: number) => `${Math.round(x)} ms`;
const frame = (x: number) => `${x.toFixed(1)} ms`;

/** The targets a page's row at N must meet (empty for an N without targets). */
export function rowTargets(row: Row): Verdict[] {
  const at = row.n.toLocaleString('en-US');
  const r = row.median;
  if (row.n === 10_000 || row.n === 100_000) {
    const readyLimit = row.n === 10_000 ? 400 : 1000;
    if (!r) return [{ target: `${at}: finishes`, measured: row.dnf ?? 'did not finish', pass: false }];
    const verdicts: Verdict[] = [
      { target: `${at}: ready ≤ ${readyLimit} ms`, measured: ms(r.readyMs), pass: r.readyMs <= readyLimit },
      { target: `${at}: zoom p95 ≤ 17 ms`, measured: frame(r.zoom.p95), pass: r.zoom.p95 <= 17 },
      { target: `${at}: zoom, no frame over 33 ms`, measured: `${r.zoom.over33} over, max ${frame(r.zoom.max)}`, pass: r.zoom.over33 === 0 },
      { target: `${at}: pan p95 ≤ 17 ms`, measured: frame(r.pan.p95), pass: r.pan.p95 <= 17 },
      { target: `${at}: pan, no frame over 33 ms`, measured: `${r.pan.over33} over, max ${frame(r.pan.max)}`, pass: r.pan.over33 === 0 },
    ];
    if (row.n === 100_000) verdicts.push({ target: `${at}: heap ≤ 150 MB`, measured: `${r.heapMB.toFixed(1)} MB`, pass: r.heapMB <= 150 });
    return verdicts;
  }
  if (row.n === 1_000_000) {
    if (!r) return [{ target: `${at}: finishes`, measured: row.dnf ?? 'did not finish', pass: false }];
    return [
      { target: `${at}: finishes`, measured: `ready in ${ms(r.readyMs)}`, pass: true },
      { target: `${at}: zoom p95 ≤ 33 ms`, measured: frame(r.zoom.p95), pass: r.zoom.p95 <= 33 },
      { target: `${at}: pan p95 ≤ 33 ms`, measured: frame(r.pan.p95), pass: r.pan.p95 <= 33 },
    ];
  }
  return [];
}

export function bundleTarget(size: BundleSize): Verdict {
  return {
    target: `app JS ≤ ${kib(JS_BUDGET_GZIP_BYTES)} gzip`,
    measured: `${kib(size.jsGzip)} gzip`,
    pass: size.jsGzip <= JS_BUDGET_GZIP_BYTES,
  };
}
