import { describe, expect, it } from 'vitest';
import { dataset } from '../testing/realDataset';
import { eventMatches, eventMatchesOfIds } from './eventMatches';
import { takeWhere } from '../testing/takeWhere';

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

  it('are found by position, in the events and in any part of them', () => {
    const matches = eventMatches(events, gsomia);
    const within = (part: typeof events) => Array.from(matches.within(part));
    const expected = (part: typeof events) => part.flatMap((e, k) => (e.id.startsWith('gsomia') ? [k] : []));
    expect(within(events)).toEqual(gsomia);
    const taken = takeWhere(events, (e) => e.tags.includes('security'));
    expect(within(taken)).toEqual(expected(taken));
    expect(within(takeWhere(taken, (_, k) => k % 2 === 0))).toEqual(expected(takeWhere(taken, (_, k) => k % 2 === 0)));
    // A part made some other way is answered by its events' ids.
    const copied = events.filter((e) => e.tags.includes('security'));
    expect(within(copied)).toEqual(expected(copied));
    expect(expected(taken).length).toBeGreaterThan(0);
    expect(expected(taken).length).toBeLessThan(taken.length);
  });

  it('can be named by ids, and none is none', () => {
    expect([...eventMatchesOfIds(events, new Set(['gsomia-signed', 'no-such-event']))]).toEqual(['gsomia-signed']);
    const none = eventMatches(events, []);
    expect(none.size).toBe(0);
    expect(none.within(events)).toHaveLength(0);
  });
});
