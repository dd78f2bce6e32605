/** The markdown tables the benchmark prints and docs/performance.md holds. */
import { type BundleSize, kib } from '../../scripts/bundleSize';
import type { PageVerdict } from '../../scripts/downloadBudget';
import type { Row } from './aggregate';
import type { SweepSummary } from './measureRun';
import { type Verdict, downloadTargets, rowTargets } from './targets';

const LABEL = { app: 'our app', timeline: 'our timeline alone', vis: 'vis-timeline 8.5', empty: 'empty page (floor)' } as const;
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

export function targetsTable(rows: readonly Row[], downloads: readonly PageVerdict[]): string {
  const verdicts = [...rows.filter((r) => r.page === 'app').flatMap(rowTargets), ...downloadTargets(downloads)];
  return [
    '| target (our app) | measured | |',
    '|---|---|---|',
    ...verdicts.map((v) => `| ${v.target} | ${v.measured} | ${v.pass ? 'pass' : '**miss**'} |`),
  ].join('\n');
}

/** What a reader's browser fetched loading each page, from a server with no caching headers (as `npm test` counts it). */
export function downloadsTable(downloads: readonly PageVerdict[]): string {
  return [
    '| page | requests | JS to start, gzip | JS on demand, gzip | JS ahead of use (idle), gzip | fetched twice | |',
    '|---|--:|--:|--:|--:|--:|---|',
    ...downloads.map(
      (d) =>
        `| \`${d.page}\` | ${d.requests} | ${kib(d.startJs)} | ${d.laterJs > 0 ? kib(d.laterJs) : '—'} | ${d.aheadJs > 0 ? kib(d.aheadJs) : '—'} | ${d.fetchedTwice.length} | ${d.ok ? 'pass' : '**miss**'} |`,
    ),
  ].join('\n');
}

export function sizeTable(app: BundleSize, appAll: BundleSize, vis: BundleSize | null): string {
  const line = (label: string, s: BundleSize) => `| ${label} | ${kib(s.jsRaw)} | ${kib(s.jsGzip)} | ${kib(s.cssRaw)} | ${kib(s.cssGzip)} |`;
  return [
    '| production build | JS raw | JS gzip | CSS raw | CSS gzip |',
    '|---|--:|--:|--:|--:|',
    line("the app's first screen (React included; from the manifest)", app),
    line('the app, every chunk (those loaded on first use included)', appAll),
    ...(vis ? [line('vis-timeline page (vis-timeline, vis-data, moment, …)', vis)] : []),
  ].join('\n');
}

/** Where the ready time goes: the page's data, the app's dataset, the first render, the settling. */
export function phasesTable(rows: readonly Row[]): string {
  const lines = rows
    .filter((row) => row.page !== 'empty' && row.median)
    .map((row) => {
      const p = row.median?.phases ?? {};
      const at = (k: string) => p[k] ?? Number.NaN;
      const files = p.files ?? at('data');
      return `| ${LABEL[row.page]} | ${row.n.toLocaleString('en-US')} | ${num(at('generate'))} | ${num(files - at('generate'))} | ${num(at('events') - files)} | ${num(at('rendered') - at('events'))} | ${num(at('ready') - at('rendered'))} | ${num(row.median?.readyMs ?? Number.NaN)} |`;
    });
  return [
    '| page | N | page loaded | synthetic data and articles made (not counted in ready) | dataset checked and loaded (app) or turned into items (vis) | first render | until drawn and still | ready |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
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

/** What each row's sweeps did to the view: the proof that the frames measured zooming and panning. */
export function movementTable(rows: readonly Row[]): string {
  const lines = rows
    .filter((row) => row.median?.movement)
    .map((row) => {
      const m = row.median?.movement;
      if (!m) return '';
      const { zoom, pan, plot } = m;
      const verdict = row.stillProblems.length ? `**did not move**: ${row.stillProblems.join('; ')}` : 'moved';
      return `| ${LABEL[row.page]} | ${row.n.toLocaleString('en-US')} | ${num(plot.x)}, ${num(plot.y)}, ${num(plot.width)}×${num(plot.height)} | ${num(zoom.firstSpanDays)} → ${num(zoom.minSpanDays, 1)} → ${num(zoom.lastSpanDays)} | ${num(pan.spanDays)} | ${num(pan.outPx)} / ${num(pan.backPx)} | ${verdict} |`;
    });
  return [
    '| page | N | plot aimed at (x, y, w×h px) | zoom span days: start → narrowest → end | pan span days | pan moved px out / back | sweeps |',
    '|---|--:|--:|--:|--:|--:|---|',
    ...lines,
  ].join('\n');
}

/** Ours : vis-timeline, for ready and zoom p95, at each N both measured (below 1 means ours is faster). */
export function ratioTable(rows: readonly Row[]): string {
  const find = (page: Row['page'], n: number) => rows.find((r) => r.page === page && r.n === n);
  const ratio = (a: number, b: number) =>
    Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `1 : ${num(b / a, b / a < 10 ? 1 : 0)}` : '–';
  const lines = rows
    .filter((row) => row.page === 'app')
    .map((ours) => {
      const vis = find('vis', ours.n);
      const [o, v] = [ours.median, vis?.median];
      const at = ours.n.toLocaleString('en-US');
      if (!o) return `| ${at} | ours did not finish | | |`;
      if (!v)
        return `| ${at} | ${num(o.readyMs)} ms : vis-timeline did not finish (${vis?.dnf ?? 'not run'}) | ${num(o.zoom.p95, 1)} ms : – | |`;
      const note = vis?.stillProblems.length
        ? "vis-timeline's sweep was cut short or did not move: its p95 covers the frames it managed"
        : '';
      return `| ${at} | ${num(o.readyMs)} : ${num(v.readyMs)} ms (${ratio(o.readyMs, v.readyMs)}) | ${num(o.zoom.p95, 1)} : ${num(v.zoom.p95, 1)} ms (${ratio(o.zoom.p95, v.zoom.p95)}) | ${note} |`;
    });
  return ['| N | ready, ours : vis-timeline | zoom p95, ours : vis-timeline | |', '|--:|--:|--:|---|', ...lines].join('\n');
}
