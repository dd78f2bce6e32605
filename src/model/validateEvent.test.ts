import { describe, expect, it } from 'vitest';
import { datasetFiles as real } from '../testing/realDataset';
import type { TimelineEvent } from './types';
import { type DatasetInput, validateDataset } from './validateDataset';
import { validateEvent } from './validateEvent';

type RawRecord = Record<string, unknown> & { citations: Record<string, unknown>[]; bounds?: Record<string, Record<string, unknown>> };

/** A deep copy of the real dataset's files with one deliberate fault. */
function broken(fault: (events: RawRecord[]) => void): DatasetInput {
  const events = structuredClone(real.events) as RawRecord[];
  fault(events);
  return { ...real, events };
}

const eventById = (events: RawRecord[], id: string): RawRecord => {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the real dataset`);
  return event;
};

/**
 * Checks each record of a dataset one at a time, as a form would, against what the dataset validator
 * kept: the sources, the other events (not the one this record became) and the events left out.
 */
function eachOnItsOwn(input: DatasetInput) {
  const { dataset, problems, rejected } = validateDataset(input);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const records = input.events as unknown[];
  const kept = new Map(dataset.events.map((e) => [e.id, e]));
  // The record a kept event came from: the first that reads without a problem on its own.
  const owner = new Map<string, number>();
  records.forEach((raw, index) => {
    const { event } = validateEvent(raw, { sources, index });
    if (event && !owner.has(event.id)) owner.set(event.id, index);
  });
  return records.map((raw, index) => {
    const others = new Map<string, TimelineEvent>([...kept].filter(([id]) => owner.get(id) !== index));
    const alone = validateEvent(raw, { sources, events: others, rejected, index });
    // An entry that is no record at all is named by its place in the file.
    const fromDataset = problems.filter((p) => p.eventIndex === index || (p.kind === 'not-a-record' && p.path[1] === index));
    const keptEvent = fromDataset.length === 0 ? [...kept.values()].find((e) => owner.get(e.id) === index) : undefined;
    return { alone, fromDataset, keptEvent };
  });
}

const faults: [string, (events: RawRecord[]) => void][] = [
  ['a quote with a word changed', (events) => void ((eventById(events, 'gsomia-extension').citations[0] ?? {}).quote = 'extend the pact')],
  ['31 February', (events) => void (eventById(events, 'gsomia-extension').start = '2019-02-31')],
  ['a label too long', (events) => void (eventById(events, 'gsomia-signed').label = 'GSOMIA, a military intelligence-sharing accord')],
  ['a duplicate id', (events) => void (eventById(events, 'pact-1965').id = 'gsomia-signed')],
  ['an id that is no slug', (events) => void (eventById(events, 'pact-1965').id = 'Pact 1965')],
  ['a bound that is not its event’s date', (events) => void (eventById(events, 'gsomia-cancelled').start = '[2016-11..2019-11-23]')],
  [
    'a bound from an unknown event',
    (events) => void ((eventById(events, 'gsomia-cancelled').bounds?.earliest ?? {}).event = 'gsomia-signing'),
  ],
  ['a date more precise than its words', (events) => void (eventById(events, 'forced-labor-rulings').start = '2018-10-30')],
  ['a record that is no event', (events) => void events.push(42 as unknown as RawRecord)],
];

describe('validateEvent', () => {
  it('builds, for every record of the real dataset, the very event the dataset validator keeps', () => {
    const checks = eachOnItsOwn(real);
    expect(checks.every((c) => c.alone.problems.length === 0 && c.alone.event !== undefined)).toBe(true);
    expect(checks.map((c) => c.alone.event)).toEqual(checks.map((c) => c.keptEvent));
  });

  it.each(faults)('reports for each record what the dataset validator reports for it, on the real dataset with %s', (_, fault) => {
    const checks = eachOnItsOwn(broken(fault));
    for (const { alone, fromDataset, keptEvent } of checks) {
      expect(alone.problems).toEqual(fromDataset);
      expect(alone.event).toEqual(keptEvent);
      for (const p of alone.problems) expect(p.path.length).toBeGreaterThan(0);
    }
    expect(checks.some((c) => c.fromDataset.length > 0)).toBe(true);
  });

  it('names the record by its id and its place, and the field by its path', () => {
    const input = broken((events) => void (eventById(events, 'forced-labor-rulings').start = '2018-10-30'));
    const index = (input.events as RawRecord[]).findIndex((e) => e.id === 'forced-labor-rulings');
    const { problems } = validateDataset(input);
    expect(problems).toEqual([
      {
        kind: 'too-precise',
        path: ['start'],
        message: "2018-10-30 is not what any citation's date words resolve to: a date may be only as precise as the text says",
        eventId: 'forced-labor-rulings',
        eventIndex: index,
      },
    ]);
  });

  it('checks the id and the bounds against other events only when they are given', () => {
    const sources = new Map(validateDataset(real).dataset.sources.map((s) => [s.id, s]));
    const cancelled = eventById(structuredClone(real.events) as RawRecord[], 'gsomia-cancelled');
    expect(validateEvent(cancelled, { sources }).problems).toEqual([]);
    expect(validateEvent(cancelled, { sources, events: new Map() }).problems).toEqual([
      expect.objectContaining({ kind: 'unknown-event', path: ['bounds', 'earliest', 'event'], eventId: 'gsomia-cancelled' }),
      expect.objectContaining({ kind: 'unknown-event', path: ['bounds', 'latest', 'event'], eventId: 'gsomia-cancelled' }),
    ]);
  });
});
