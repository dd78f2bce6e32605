import { describe, expect, it } from 'vitest';
import { datasetFiles as real } from '../testing/realDataset';
import { describeProblem } from './problemWords';
import { type DatasetInput, validateDataset } from './validateDataset';

type RawRecord = Record<string, unknown> & { citations: Record<string, unknown>[] };

/** A deep copy of the real dataset's files with one deliberate fault. */
function broken(fault: (events: RawRecord[], sources: Record<string, unknown>[]) => void): DatasetInput {
  const events = structuredClone(real.events) as RawRecord[];
  const sources = structuredClone(real.sources) as Record<string, unknown>[];
  fault(events, sources);
  return { ...real, events, sources };
}

const eventById = (events: RawRecord[], id: string): RawRecord => {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the real dataset`);
  return event;
};

const problemsOf = (input: DatasetInput) => validateDataset(input).problems.map(describeProblem);

describe('validateDataset on the real dataset', () => {
  const { dataset, problems } = validateDataset(real);

  it('finds no problem', () => expect(problems).toEqual([]));

  it('keeps every event and sorts them by date', () => {
    expect(dataset.events).toHaveLength((real.events as unknown[]).length);
    const starts = dataset.events.map((e) => e.t0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('cites both articles, and tells shared happenings with a citation from each', () => {
    const bothSources = dataset.events.filter((e) => new Set(e.citations.map((c) => c.sourceId)).size === 2).map((e) => e.id);
    expect(bothSources).toEqual(expect.arrayContaining(['japanese-colonial-rule', 'forced-labor-rulings', 'japan-export-curbs']));
  });

  it('resolves every relative date of the articles on some citation', () => {
    const words = dataset.events.flatMap((e) => e.citations.flatMap((c) => (c.dating ? [c.dating.words.toLowerCase()] : [])));
    for (const w of [
      'friday',
      'thursday',
      'last friday',
      'october last year',
      'next month',
      'the third week in december',
      'the following week',
      'july',
      'june',
      'this year',
      'by the end of this year',
      'since 2016',
      'seven years',
    ]) {
      expect(words).toContain(w);
    }
  });

  it('marks the announced and planned events as not having happened', () => {
    const notYet = dataset.events.filter((e) => e.status !== 'happened').map((e) => e.id);
    expect(notYet.sort()).toEqual(['customs-talks-saudi-uzbekistan-mongolia', 'tokyo-export-control-talks', 'vienna-preparatory-talks']);
  });
});

describe('validateDataset on broken copies', () => {
  it('catches a quote with one word changed, naming the event and the field', () => {
    const input = broken((events) => {
      const citation = eventById(events, 'gsomia-extension').citations[0];
      if (citation) citation.quote = String(citation.quote).replace('extend', 'end');
    });
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^event "gsomia-extension", citations\[0\]\.quote: not found verbatim in source "xinhua-2019-11-29"/);
    expect(problems[0]).toContain('differs at "end the pact');
    expect(validateDataset(input).dataset.events.map((e) => e.id)).not.toContain('gsomia-extension');
  });

  it('catches a missing short label and one too long to sit beside its mark', () => {
    const problems = problemsOf(
      broken((events) => {
        delete eventById(events, 'pact-1965').label;
        eventById(events, 'gsomia-signed').label = 'GSOMIA, a military intelligence-sharing accord';
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^event "pact-1965", label: /),
      'event "gsomia-signed", label: must be at most 30 characters',
    ]);
  });

  it('catches a duplicate id', () => {
    const problems = problemsOf(broken((events) => void (eventById(events, 'pact-1965').id = 'gsomia-signed')));
    expect(problems).toContain('event "gsomia-signed", id: duplicate id (events[3])');
  });

  it('catches 31 February', () => {
    const problems = problemsOf(broken((events) => void (eventById(events, 'gsomia-extension').start = '2019-02-31')));
    expect(problems).toContain('event "gsomia-extension", start: "2019-02-31" is not a real date (YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD)');
  });

  it('catches a citation of a source that does not exist', () => {
    const problems = problemsOf(
      broken((events) => {
        const citation = eventById(events, 'pact-1965').citations[0];
        if (citation) citation.source = 'asahi-2019-12-01';
      }),
    );
    expect(problems).toContain('event "pact-1965", citations[0].source: names no known source "asahi-2019-12-01"');
  });

  it('catches a period that ends before it starts', () => {
    const problems = problemsOf(broken((events) => void (eventById(events, 'japanese-colonial-rule').end = '1900')));
    expect(problems).toContain('event "japanese-colonial-rule", end: 1900 is not after the start 1910');
  });

  it('catches a source that no event cites', () => {
    const input = broken((events) =>
      events.splice(0, events.length, ...events.filter((e) => e.citations.every((c) => c.source !== 'korea-herald-2023-09-08'))),
    );
    // The relations between the events left are kept; a relation to a removed event would be a problem of its own.
    const ids = new Set((input.events as RawRecord[]).map((e) => e.id));
    const relations = (real.relations as { from: string; to: string }[]).filter((l) => ids.has(l.from) && ids.has(l.to));
    const problems = problemsOf({ ...input, relations });
    expect(problems).toEqual(['source "korea-herald-2023-09-08", id: is cited by no event']);
  });

  it('catches a resolved date that disagrees with its words', () => {
    const problems = problemsOf(
      broken((events) => {
        const dating = eventById(events, 'forced-labor-rulings').citations[0]?.dating as Record<string, string>;
        dating.resolved = '2019-10';
      }),
    );
    expect(problems).toContain(
      'event "forced-labor-rulings", citations[0].dating.resolved: "2019-10" disagrees with "October last year" from 2019-11-29, which gives 2018-10',
    );
  });

  it('catches a date more precise than the text allows', () => {
    const problems = problemsOf(broken((events) => void (eventById(events, 'forced-labor-rulings').start = '2018-10-30')));
    expect(problems.join('\n')).toContain(
      'event "forced-labor-rulings", start: 2018-10-30 is not what any citation\'s date words resolve to',
    );
  });

  it("catches date words counted from a day that is not the article's", () => {
    const problems = problemsOf(
      broken((events) => {
        const dating = eventById(events, 'gsomia-extension').citations[0]?.dating as Record<string, string>;
        dating.reference = '2019-11-30';
      }),
    );
    expect(problems).toContain(
      'event "gsomia-extension", citations[0].dating.reference: "2019-11-30" is not the article\'s publication date 2019-11-29',
    );
  });

  it('catches date words that are not in the quote', () => {
    const problems = problemsOf(
      broken((events) => {
        const dating = eventById(events, 'gsomia-extension').citations[0]?.dating as Record<string, string>;
        dating.words = 'last Thursday';
        dating.resolved = '2019-11-21';
      }),
    );
    expect(problems).toContain('event "gsomia-extension", citations[0].dating.words: "last Thursday" does not occur in the quote');
  });

  it('catches an id that is not a readable slug, and a status it does not know', () => {
    const problems = problemsOf(
      broken((events) => {
        eventById(events, 'pact-1965').id = 'Pact 1965';
        eventById(events, 'gsomia-signed').status = 'rumoured';
      }),
    );
    expect(problems).toContain('event "Pact 1965", id: "Pact 1965" is not a readable slug (a-z, 0-9, -)');
    expect(problems).toContain('event "gsomia-signed", status: must be one of happened, announced, planned');
  });

  it('reports records that are not events at all, and keeps the rest', () => {
    const input = broken((events) => void events.push(42 as unknown as RawRecord));
    const result = validateDataset(input);
    expect(result.problems.length).toBeGreaterThan(0);
    const index = (real.events as unknown[]).length;
    expect(result.problems).toEqual([expect.objectContaining({ kind: 'not-a-record', path: ['events', index] })]);
    expect(result.problems.map(describeProblem)).toEqual([`events[${index}]: Invalid type: Expected Object but received 42`]);
    expect(result.dataset.events).toHaveLength((real.events as unknown[]).length);
  });

  it('survives input that is not a dataset', () => {
    const result = validateDataset({ sources: 'nope', events: null, texts: {} });
    expect(result.problems.map((p) => [p.kind, p.path])).toEqual([
      ['not-a-list', ['sources']],
      ['not-a-list', ['events']],
    ]);
    expect(result.dataset.events).toEqual([]);
  });
});
