import { describe, expect, it } from 'vitest';
import type { ActionSample, InteractionRun } from './interactions';
import { interactionVerdicts, summarise, summariseRuns } from './interactionReport';

const sample = (
  kind: ActionSample['kind'],
  untilPaintedMs: number | null,
  eventTimingMs: number | null,
  problems: string[] = [],
): ActionSample => ({
  kind,
  what: `${kind} action`,
  untilPaintedMs,
  eventTimingMs,
  entries: [],
  problems,
});

const run = (n: number, samples: ActionSample[]): InteractionRun => ({ n, readyMs: 100, samples });

describe('summarise', () => {
  it('counts an interaction with no Event Timing entry as 16 ms, and says how many there were', () => {
    const s = summarise('next', 100_000, [sample('next', 10, null), sample('next', 30, 40), sample('next', 12, null)]);
    expect(s.eventTiming).toMatchObject({ p50: 16, max: 40, under16: 2 });
    expect(s.painted.p50).toBe(12);
  });

  it('leaves a failed action out of the times and counts it as failed', () => {
    const s = summarise('tag', 100_000, [sample('tag', 20, 24), sample('tag', null, 8000, ['the list holds 100000, not 16667'])]);
    expect(s).toMatchObject({ actions: 2, failed: 1, painted: { max: 20 }, eventTiming: { max: 24 } });
    expect(s.firstProblem).toContain('the list holds 100000');
  });
});

describe('interactionVerdicts', () => {
  it('fails a kind of action any of which did not take place, however fast the others were', () => {
    const summaries = summariseRuns([
      run(100_000, [sample('tag', 20, 24), sample('tag', null, null, ['the ticked tags are "", not "0"'])]),
    ]);
    const [verdict] = interactionVerdicts(summaries);
    expect(verdict).toMatchObject({ pass: false, measured: expect.stringContaining('1 of 2 did not take place') });
  });

  it('checks the targets at 100,000 events only, on the worse of the two measures', () => {
    const summaries = summariseRuns([
      run(10_000, [sample('key', 500, 500)]),
      run(100_000, [sample('key', 30, 60), sample('select', 90, 80)]),
    ]);
    const verdicts = interactionVerdicts(summaries);
    expect(verdicts.map((v) => [v.target, v.pass])).toEqual([
      ['100,000: search: a key, the search loaded, p95 ≤ 50 ms', false],
      ['100,000: select an event (click in the list), p95 ≤ 100 ms', true],
    ]);
  });
});
