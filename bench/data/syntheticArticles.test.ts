import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/validateDataset';
import { syntheticData } from './synthetic';
import { syntheticDatasetInput } from './syntheticArticles';
import { DAY } from '../../src/model/duration';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('syntheticDatasetInput', () => {
  const bench = syntheticData(10_000);
  const { dataset, problems } = validateDataset(syntheticDatasetInput(bench.events));

  it("passes the app's own validator at 10,000 events: every quote verbatim in its article, every date from its words", () => {
    expect(problems).toEqual([]);
    expect(dataset.events).toHaveLength(10_000);
  });

  it('keeps each event where the benchmark put it: its first day to the day after its last', () => {
    const byId = new Map(dataset.events.map((e) => [e.id, e]));
    const moved = bench.events.filter((e) => {
      const event = byId.get(e.id);
      return event?.t0 !== day(e.start) || event.t1 !== day(e.end ?? e.start) + DAY;
    });
    expect(moved).toEqual([]);
  });

  it('cites each event from a digest published within a week after its start', () => {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    const late = dataset.events.filter((e) => {
      const source = sources.get(e.citations[0]?.sourceId ?? '');
      return !source || source.published.start < e.t0 || source.published.start - e.t0 >= 7 * DAY;
    });
    expect(late.map((e) => e.id)).toEqual([]);
  });

  it("dates a period that starts and ends in one year (from another harness's file) to that year", () => {
    const { dataset: one, problems: oneProblems } = validateDataset(
      syntheticDatasetInput([{ id: 'p1', title: 'short strike', type: 'range', start: '1950-03-02', end: '1950-04-09' }]),
    );
    expect(oneProblems).toEqual([]);
    expect(one.events[0]?.start.iso).toBe('1950');
  });
});
