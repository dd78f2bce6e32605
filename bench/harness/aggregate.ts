/** Medians across a row's repetitions. */
import type { Movement, OkRun, PageName, RunResult, SweepSummary } from './measureRun';
import { median } from './stats';

export interface Row {
  readonly page: PageName;
  readonly n: number;
  readonly runs: readonly RunResult[];
  /** Medians of the runs that finished; absent when none did. */
  readonly median?: OkRun;
  /** Why the row has no numbers. */
  readonly dnf?: string;
  /** What a sweep failed to do, in any of the row's runs: its frame figures then measure a still page. */
  readonly stillProblems: readonly string[];
}

function medianMovement(movements: readonly Movement[]): Movement | undefined {
  const [first] = movements;
  if (!first) return undefined;
  const m = (pick: (x: Movement) => number) => median(movements.map(pick));
  return {
    plot: first.plot,
    zoom: {
      firstSpanDays: m((x) => x.zoom.firstSpanDays),
      minSpanDays: m((x) => x.zoom.minSpanDays),
      lastSpanDays: m((x) => x.zoom.lastSpanDays),
      problems: [],
    },
    pan: { spanDays: m((x) => x.pan.spanDays), outPx: m((x) => x.pan.outPx), backPx: m((x) => x.pan.backPx), problems: [] },
  };
}

function medianSweep(sweeps: readonly SweepSummary[]): SweepSummary {
  const m = (key: keyof SweepSummary) => median(sweeps.map((s) => s[key]));
  return {
    frames: m('frames'),
    p50: m('p50'),
    p95: m('p95'),
    max: m('max'),
    over16: m('over16'),
    over33: m('over33'),
    longTasks: m('longTasks'),
    longTaskMs: m('longTaskMs'),
    sent: m('sent'),
    planned: m('planned'),
  };
}

export function aggregate(page: PageName, n: number, runs: readonly RunResult[]): Row {
  const ok = runs.filter((r): r is OkRun => r.status === 'ok');
  const failed = runs.find((r) => r.status === 'dnf');
  if (ok.length === 0) return { page, n, runs, dnf: failed?.status === 'dnf' ? failed.reason : 'not run', stillProblems: [] };
  const m = (pick: (r: OkRun) => number) => median(ok.map(pick));
  const movements = ok.flatMap((r) => (r.movement ? [r.movement] : []));
  const stillProblems = [...new Set(movements.flatMap((x) => [...x.zoom.problems, ...x.pan.problems]))];
  const movement = medianMovement(movements);
  return {
    page,
    n,
    runs,
    stillProblems,
    median: {
      status: 'ok',
      readyMs: m((r) => r.readyMs),
      phases: Object.fromEntries(Object.keys(ok[0]?.phases ?? {}).map((k) => [k, m((r) => r.phases[k] ?? Number.NaN)])),
      zoom: medianSweep(ok.map((r) => r.zoom)),
      pan: medianSweep(ok.map((r) => r.pan)),
      panSpanDays: m((r) => r.panSpanDays),
      heapMB: m((r) => r.heapMB),
      domNodes: m((r) => r.domNodes),
      ...(movement && { movement }),
    },
  };
}
