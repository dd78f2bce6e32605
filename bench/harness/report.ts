/** The markdown tables the benchmark prints and docs/performance.md holds. */
import { type BundleSize, kib } from '../../scripts/bundleSize';
import type { Row } from './aggregate';
import type { SweepSummary } from './measureRun';
import { type Verdict, bundleTarget, rowTargets } from './targets';

const LABEL = { app: 'our timeline', vis: 'vis-timeline 8.5', empty: 'empty page (floor)' } as const;
const num = (x: number, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const frames = (s: SweepSummary) =>
  `${num(s.p50, 1)} / ${num(s.p95, 1)} / ${num(s.max)}` + (s.sent < s.planned ? ` (cut at ${num(s.sent)}/${s.planned} events)` : '');
const counts = (s: SweepSummary) => `${num(s.over16)} / ${num(s.over33)} / ${num(s.longTasks)}`;

function verdictCell(verdicts: readonly Verdict[]): string {
  if (verdicts.length === 0) return '—';
  const missed = verdicts.filter((v) => !v.pass).length;
  return missed === 0 ? 'pass' : `miss (${missed} of ${verdicts.length})`;
}

export function resultsTable(rows: readonly Row[]): string {
  const head = [
    '| page | N | ready ms | zoom p50 / p95 / max ms | zoom >16.7 / >33 / long tasks | pan p50 / p95 / max ms | pan >16.7 / >33 / long tasks | heap MB | DOM nodes | targets |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|---|',
  ];
  const body = rows.map((row) => {
    const n = row.page === 'empty' ? '—' : row.n.toLocaleString('en-US');
    const r = row.median;
    if (!r) return `| ${LABEL[row.page]} | ${n} | did not finish: ${row.dnf ?? ''} | | | | | | | ${verdictCell(rowTargets(row))} |`;
    return `| ${LABEL[row.page]} | ${n} | ${num(r.readyMs)} | ${frames(r.zoom)} | ${counts(r.zoom)} | ${frames(r.pan)} | ${counts(r.pan)} | ${num(r.heapMB, 1)} | ${num(r.domNodes)} | ${verdictCell(rowTargets(row))} |`;
  });
  return [...head, ...body].join('\n');
}

export function targetsTable(rows: readonly Row[], bundle: BundleSize): string {
  const verdicts = [...rows.filter((r) => r.page === 'app').flatMap(rowTargets), bundleTarget(bundle)];
  return ['| target (our timeline) | measured | |', '|---|---|---|', ...verdicts.map((v) => `| ${v.target} | ${v.measured} | ${v.pass ? 'pass' : '**miss**'} |`)].join('\n');
}

export function sizeTable(app: BundleSize, vis: BundleSize | null): string {
  const line = (label: string, s: BundleSize) => `| ${label} | ${kib(s.jsRaw)} | ${kib(s.jsGzip)} | ${kib(s.cssRaw)} | ${kib(s.cssGzip)} |`;
  return ['| production build | JS raw | JS gzip | CSS raw | CSS gzip |', '|---|--:|--:|--:|--:|', line('the app (React included)', app), ...(vis ? [line('vis-timeline page (vis-timeline, vis-data, moment, …)', vis)] : [])].join('\n');
}

/** Where the ready time goes: the page's own data preparation, then the component's first render. */
export function phasesTable(rows: readonly Row[]): string {
  const lines = rows
    .filter((row) => row.page !== 'empty' && row.median)
    .map((row) => {
      const p = row.median?.phases ?? {};
      const data = p.data ?? Number.NaN;
      const events = p.events ?? Number.NaN;
      const rendered = p.rendered ?? Number.NaN;
      const ready = row.median?.readyMs ?? Number.NaN;
      return `| ${LABEL[row.page]} | ${row.n.toLocaleString('en-US')} | ${num(data)} | ${num(events - data)} | ${num(rendered - events)} | ${num(ready - rendered)} | ${num(ready)} |`;
    });
  return [
    '| page | N | page loaded + data generated | data turned into the library\'s items | component created | until drawn and still | ready |',
    '|---|--:|--:|--:|--:|--:|--:|',
    ...lines,
  ].join('\n');
}

/** How busy other work kept the machine before the runs: frame timings are only as good as this. */
export function busyLine(rows: readonly Row[]): string {
  const busy = rows.flatMap((row) => row.runs.map((r) => r.busyBefore ?? Number.NaN)).filter(Number.isFinite);
  if (busy.length === 0) return 'CPU load before the runs: not measured on this platform.';
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const sorted = [...busy].sort((a, b) => a - b);
  return `Other work kept the CPUs ${pct(sorted[0] ?? 0)}–${pct(sorted.at(-1) ?? 0)} busy just before the runs (median ${pct(sorted[sorted.length >> 1] ?? 0)}).`;
}
