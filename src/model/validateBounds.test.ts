import { describe, expect, it } from 'vitest';
import { datasetFiles as real } from '../testing/realDataset';
import { describeProblem } from './problemWords';
import type { DatasetInput } from './validateDataset';
import { validateDatasetWithRelations } from './validateRelations';

type RawRecord = Record<string, unknown> & { citations: Record<string, unknown>[]; bounds?: Record<string, Record<string, unknown>> };
type RawRelation = Record<string, unknown>;

/** A deep copy of the real dataset's files, events and relations, with one deliberate fault. */
function broken(fault: (events: RawRecord[], relations: RawRelation[]) => void): DatasetInput {
  const events = structuredClone(real.events) as RawRecord[];
  const relations = structuredClone(real.relations) as RawRelation[];
  fault(events, relations);
  return { ...real, events, relations };
}

function eventById(events: RawRecord[], id: string): RawRecord {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the real dataset`);
  return event;
}

function boundOf(events: RawRecord[], id: string, side: 'earliest' | 'latest'): Record<string, unknown> {
  const bound = eventById(events, id).bounds?.[side];
  if (!bound) throw new Error(`event ${id} has no ${side} bound in the real dataset`);
  return bound;
}

const problemsOf = (input: DatasetInput) => validateDatasetWithRelations(input).problems.map(describeProblem);

describe('bounded dates, periods still going on and relations in the real dataset', () => {
  const { dataset, problems } = validateDatasetWithRelations(real);
  const event = (id: string) => dataset.events.find((e) => e.id === id);

  it('finds no problem', () => expect(problems).toEqual([]));

  it('reads "some time between" as an earliest and a latest bound, each with its reason', () => {
    const spread = event('dispute-spreads-trade-security');
    expect(spread?.earliest?.date.iso).toBe('2018-10');
    expect(spread?.earliest?.basis.eventId).toBe('tokyo-seoul-at-odds');
    expect(spread?.latest?.date.iso).toBe('2019-11-29');
    expect(spread?.latest?.basis.reported).toBe(true);
    expect(spread?.start.iso).toBe('2018-10');
  });

  it('reads "on or before" as a latest bound only, and starts the event there', () => {
    const meeting = event('previous-dg-trade-meeting');
    expect(meeting?.earliest).toBeUndefined();
    expect(meeting?.latest?.date.iso).toBe('2016-12');
    expect(meeting?.start.iso).toBe('2016-12');
  });

  it('reads a period still going on as a start and the day it was reported, with no end', () => {
    const atOdds = event('tokyo-seoul-at-odds');
    expect(atOdds?.end).toBeUndefined();
    expect(atOdds?.ongoing?.reported.iso).toBe('2019-11-29');
  });

  it('keeps every relation, both ends among the events', () => {
    const ids = new Set(dataset.events.map((e) => e.id));
    expect(dataset.relations?.length).toBe((real.relations as unknown[]).length);
    expect(dataset.relations?.filter((l) => !ids.has(l.from) || !ids.has(l.to))).toEqual([]);
  });
});

describe('validateDataset on broken bounds', () => {
  it('catches an earliest bound after the latest', () => {
    const problems = problemsOf(broken((events) => (eventById(events, 'gsomia-cancelled').start = '[2019-12..2019-11-22]')));
    expect(problems).toContain('event "gsomia-cancelled", start: the earliest bound 2019-12 is not before the latest bound 2019-11-22');
  });

  it('catches bounds that are not real dates', () => {
    const problems = problemsOf(broken((events) => (eventById(events, 'gsomia-cancelled').start = '[2016-11..2019-02-30]')));
    expect(problems).toEqual([
      'event "gsomia-cancelled", start: "[2016-11..2019-02-30]" is not bounds of real dates: [A..B], [..B] or [A..], each YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD',
    ]);
  });

  it("catches a bound taken from another event that does not match that event's date", () => {
    const problems = problemsOf(broken((events) => (eventById(events, 'gsomia-cancelled').start = '[2016-11..2019-11-23]')));
    expect(problems).toEqual([
      'event "gsomia-cancelled", bounds.latest.event: the latest bound 2019-11-23 does not match the date of "gsomia-extension", 2019-11-22',
    ]);
  });

  it('catches a bound taken from an event that does not exist', () => {
    const problems = problemsOf(broken((events) => (boundOf(events, 'gsomia-cancelled', 'earliest').event = 'gsomia-signing')));
    expect(problems).toEqual(['event "gsomia-cancelled", bounds.earliest.event: names no known event "gsomia-signing"']);
  });

  it('catches a "more than three years" bound that does not hold the day three years before', () => {
    const problems = problemsOf(broken((events) => (eventById(events, 'previous-dg-trade-meeting').start = '[..2016-11]')));
    expect(problems).toEqual([
      'event "previous-dg-trade-meeting", bounds.latest.event: the latest bound 2016-11 does not hold the day 3 years before "tokyo-export-control-talks" (2019-W51)',
    ]);
  });

  it('catches a bound reported on a day its article was not published', () => {
    const problems = problemsOf(broken((events) => (eventById(events, 'dispute-spreads-trade-security').start = '[2018-10..2019-11-28]')));
    expect(problems).toEqual([
      'event "dispute-spreads-trade-security", bounds.latest.reported: the latest bound 2019-11-28 is not the day "xinhua-2019-11-29" reported it, 2019-11-29',
    ]);
  });

  it('catches a bound whose words resolve to another date', () => {
    const problems = problemsOf(
      broken((events) => (eventById(events, 'customs-talks-saudi-uzbekistan-mongolia').start = '[2023-09-08..2023-12]')),
    );
    expect(problems).toContain(
      'event "customs-talks-saudi-uzbekistan-mongolia", bounds.latest.words: "by the end of this year" from 2023-09-08 gives 2023, not the latest bound 2023-12',
    );
  });

  it("catches bound words that are in none of the event's citations", () => {
    const problems = problemsOf(
      broken((events) => (boundOf(events, 'gsomia-cancelled', 'latest').words = 'before deciding to end the pact')),
    );
    expect(problems).toEqual([
      'event "gsomia-cancelled", bounds.latest.words: "before deciding to end the pact" does not occur in any of the event\'s citations',
    ]);
  });

  it('catches a bound given without its reason', () => {
    const problems = problemsOf(broken((events) => delete eventById(events, 'gsomia-cancelled').bounds?.latest));
    expect(problems).toEqual([
      'event "gsomia-cancelled", bounds.latest: missing: the latest bound 2019-11-22 needs the words that give it',
    ]);
  });

  it('catches a citation whose date words disagree with the bounds', () => {
    const problems = problemsOf(
      broken((events) => {
        const dating = { words: 'this year', reference: '2023-09-08', resolved: '2023' };
        (eventById(events, 'seoul-compensation-offer').citations[0] ?? {}).dating = dating;
      }),
    );
    expect(problems).toEqual([
      'event "seoul-compensation-offer", citations[0].dating.resolved: 2023 does not hold the event\'s date [..2023]',
    ]);
  });
});

describe('validateDataset on broken periods still going on', () => {
  it('catches a period still going on that is given an end', () => {
    const problems = problemsOf(broken((events) => (eventById(events, 'tokyo-seoul-at-odds').end = '2019-11')));
    expect(problems).toEqual(['event "tokyo-seoul-at-odds", end: "2019-11": a period still going on when reported has no end, only ".."']);
  });

  it('catches an open end without the words that say it was still going on', () => {
    const problems = problemsOf(broken((events) => delete eventById(events, 'tokyo-seoul-at-odds').ongoing));
    expect(problems).toEqual([
      'event "tokyo-seoul-at-odds", ongoing: missing: an open end ("..") needs the words that say the period was still going on',
    ]);
  });
});

describe('validateDataset on broken relations', () => {
  const gsomiaLink = (relations: RawRelation[]) => relations.find((l) => l.from === 'gsomia-cancelled' && l.kind === 'precedes') ?? {};
  const name = 'relations[4] (gsomia-cancelled precedes gsomia-extension)';

  it('catches a relation quote that is not verbatim in its source', () => {
    const problems = problemsOf(
      broken(
        (_, relations) =>
          (gsomiaLink(relations).quote =
            'with Seoul cancelling the General Security of Military Information Agreement (GSOMIA), before deciding to end the pact'),
      ),
    );
    expect(problems).toEqual([
      `${name}, quote: not found verbatim in source "xinhua-2019-11-29": it matches up to "… (GSOMIA), before deciding to " and then differs at "end the pact…"`,
    ]);
  });

  it('catches a relation to an event that does not exist', () => {
    const problems = problemsOf(broken((_, relations) => (gsomiaLink(relations).to = 'gsomia-extended')));
    expect(problems).toEqual(['relations[4] (gsomia-cancelled precedes gsomia-extended), to: names no known event "gsomia-extended"']);
  });

  it('catches a relation from an event that does not exist', () => {
    const problems = problemsOf(broken((_, relations) => (gsomiaLink(relations).from = 'gsomia-cancel')));
    expect(problems).toEqual(['relations[4] (gsomia-cancel precedes gsomia-extension), from: names no known event "gsomia-cancel"']);
  });

  it('catches a relation kind outside the vocabulary', () => {
    const problems = problemsOf(broken((_, relations) => (gsomiaLink(relations).kind = 'causes')));
    expect(problems).toEqual([expect.stringMatching(/^relations\[4\], kind: must be one of responds-to, comes-after, precedes, /)]);
  });

  it('catches a relation that names no known source', () => {
    const problems = problemsOf(broken((_, relations) => (gsomiaLink(relations).source = 'xinhua')));
    expect(problems).toEqual([`${name}, source: names no known source "xinhua"`]);
  });
});
