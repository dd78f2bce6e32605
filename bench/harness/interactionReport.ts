/** The interaction benchmark's figures: per kind of action at each N, with the targets, as markdown tables. */
import type { ActionKind, ActionSample, InteractionRun } from './interactions';
import { median, percentile } from './stats';

/** The issue's targets, from input to the painted outcome, at 100,000 events. */
export const INTERACTION_TARGETS: Readonly<Record<ActionKind, number>> = {
  key: 50,
  firstKey: 50,
  clear: 50,
  select: 100,
  tag: 100,
  next: 100,
  previous: 100,
};

/** The N the targets apply at. */
export const TARGET_N = 100_000;

const LABEL: Readonly<Record<ActionKind, string>> = {
  key: 'search: a key, the search loaded',
  firstKey: 'search: first key after clicking the field (waits for what idle time has not built of the index)',
  clear: 'search: Escape clears it',
  select: 'select an event (click in the list)',
  tag: 'tick or untick a tag filter',
  next: 'Next',
  previous: 'Previous',
};

export const KINDS: readonly ActionKind[] = ['key', 'firstKey', 'clear', 'tag', 'select', 'next', 'previous'];

/** One kind of action at one N, over every run's samples. */
export interface KindSummary {
  readonly kind: ActionKind;
  readonly n: number;
  readonly actions: number;
  readonly failed: number;
  /** Input to painted outcome, over the actions that took place. */
  readonly painted: { readonly p50: number; readonly p95: number; readonly max: number };
  /** Event Timing, the interaction's longest entry; an interaction with none counts as 16 ms (under the threshold). */
  readonly eventTiming: { readonly p50: number; readonly p95: number; readonly max: number; readonly under16: number };
  /** The first problem seen, for the record. */
  readonly firstProblem?: string;
}

/** Entries under the observer's 16 ms threshold are not reported: they count as 16, an upper bound. */
export const UNDER_THRESHOLD_MS = 16;

const stats = (values: readonly number[]) => ({
  p50: median(values),
  p95: percentile(values, 95),
  max: values.length ? Math.max(...values) : Number.NaN,
});

export function summarise(kind: ActionKind, n: number, samples: readonly ActionSample[]): KindSummary {
  const own = samples.filter((s) => s.kind === kind);
  const done = own.filter((s) => s.problems.length === 0);
  const painted = done.flatMap((s) => (s.untilPaintedMs === null ? [] : [s.untilPaintedMs]));
  const timing = done.map((s) => s.eventTimingMs ?? UNDER_THRESHOLD_MS);
  const firstProblem = own.find((s) => s.problems.length > 0);
  return {
    kind,
    n,
    actions: own.length,
    failed: own.length - done.length,
    painted: stats(painted),
    eventTiming: { ...stats(timing), under16: done.filter((s) => s.eventTimingMs === null).length },
    ...(firstProblem && { firstProblem: `${firstProblem.what}: ${firstProblem.problems.join('; ')}` }),
  };
}

export function summariseRuns(runs: readonly InteractionRun[]): KindSummary[] {
  const sizes = [...new Set(runs.map((r) => r.n))];
  return sizes.flatMap((n) => {
    const samples = runs.filter((r) => r.n === n).flatMap((r) => r.samples);
    return KINDS.map((kind) => summarise(kind, n, samples)).filter((s) => s.actions > 0);
  });
}

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–');

export function interactionTable(summaries: readonly KindSummary[]): string {
  const head = [
    '| action | N | actions (failed) | input → painted outcome p50 / p95 / max ms | Event Timing p50 / p95 / max ms (under 16 ms) |',
    '|---|--:|--:|--:|--:|',
  ];
  const rows = summaries.map(
    (s) =>
      `| ${LABEL[s.kind]} | ${s.n.toLocaleString('en-US')} | ${s.actions}${s.failed ? ` (**${s.failed} failed**)` : ''} | ${ms(s.painted.p50)} / ${ms(s.painted.p95)} / ${ms(s.painted.max)} | ${ms(s.eventTiming.p50)} / ${ms(s.eventTiming.p95)} / ${ms(s.eventTiming.max)} (${s.eventTiming.under16}) |`,
  );
  return [...head, ...rows].join('\n');
}

export interface InteractionVerdict {
  readonly target: string;
  readonly measured: string;
  readonly pass: boolean;
}

/**
 * The targets at 100,000 events: every action took place, and the p95 from input to painted outcome (and by
 * Event Timing) is within the target. A kind with any failed action fails, whatever its times.
 */
export function interactionVerdicts(summaries: readonly KindSummary[]): InteractionVerdict[] {
  return summaries
    .filter((s) => s.n === TARGET_N)
    .map((s) => {
      const limit = INTERACTION_TARGETS[s.kind];
      const worst = Math.max(s.painted.p95, s.eventTiming.p95);
      const pass = s.failed === 0 && worst <= limit;
      return {
        target: `${TARGET_N.toLocaleString('en-US')}: ${LABEL[s.kind]}, p95 ≤ ${limit} ms`,
        measured: s.failed
          ? `${s.failed} of ${s.actions} did not take place (${s.firstProblem ?? ''})`
          : `painted p95 ${ms(s.painted.p95)} ms, Event Timing p95 ${ms(s.eventTiming.p95)} ms`,
        pass,
      };
    });
}

export function verdictTable(verdicts: readonly InteractionVerdict[]): string {
  return [
    '| target | measured | |',
    '|---|---|---|',
    ...verdicts.map((v) => `| ${v.target} | ${v.measured} | ${v.pass ? 'pass' : '**miss**'} |`),
  ].join('\n');
}
