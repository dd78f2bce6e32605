import { describe, expect, it } from 'vitest';
import { dataset } from '../testing/realDataset';
import { eventMatches, eventMatchesOfIds } from './eventMatches';
import { takeWhere } from './eventSubsets';

const events = dataset.events;
const gsomia = events.flatMap((e, i) => (e.id.startsWith('gsomia') ? [i] : []));

describe('the events a search found', () => {
  it('are counted, named in date order and asked by id', () => {
    const matches = eventMatches(events, gsomia);
    expect(matches.size).toBe(gsomia.length);
    expect([...matches]).toEqual(gsomia.map((i) => events[i]?.id));
    expect(matches.has(events[gsomia[0] ?? 0]?.id ?? '')).toBe(true);
    expect(matches.has('japan-export-curbs')).toBe(false);
    expect(matches.has('no-such-event')).toBe(false);
  });

  it('are a bit per event, over the events and over any part of them', () => {
    const matches = eventMatches(events, gsomia);
    const bitsOf = (part: typeof events) => Array.from(matches.within(part));
    const expected = (part: typeof events) => part.map((e) => (e.id.startsWith('gsomia') ? 1 : 0));
    expect(bitsOf(events)).toEqual(expected(events));
    const taken = takeWhere(events, (e) => e.tags.includes('security'));
    expect(bitsOf(taken)).toEqual(expected(taken));
    // A part made some other way is answered by its events' ids.
    const copied = events.filter((e) => e.tags.includes('security'));
    expect(bitsOf(copied)).toEqual(expected(copied));
    expect(expected(taken)).toContain(1);
    expect(expected(taken)).toContain(0);
  });

  it('can be named by ids, and none is none', () => {
    expect([...eventMatchesOfIds(events, new Set(['gsomia-signed', 'no-such-event']))]).toEqual(['gsomia-signed']);
    const none = eventMatches(events, []);
    expect(none.size).toBe(0);
    expect(Array.from(none.within(events)).every((bit) => bit === 0)).toBe(true);
  });
});
