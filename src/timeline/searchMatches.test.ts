import { describe, expect, it } from 'vitest';
import { eventMatchesOfIds } from '../core/eventMatches';
import { takeWhere } from '../testing/takeWhere';
import { dataset } from '../testing/realDataset';
import { searchMatchesOf } from './searchMatches';

const events = dataset.events;
const gsomia = new Set(events.filter((e) => e.id.startsWith('gsomia')).map((e) => e.id));
const found = eventMatchesOfIds(events, gsomia);

describe('searchMatchesOf', () => {
  it('says which events match, by their index in the timeline', () => {
    const matches = searchMatchesOf(events, found);
    expect(events.filter((_, i) => matches.has(i)).map((e) => e.id)).toEqual(events.filter((e) => gsomia.has(e.id)).map((e) => e.id));
    expect(gsomia.size).toBeGreaterThan(1);
  });

  it('says which of a filtered timeline’s events match, by their index in it', () => {
    const filtered = takeWhere(events, (e) => e.tags.includes('security'));
    const matches = searchMatchesOf(filtered, found);
    const expected = filtered.filter((e) => gsomia.has(e.id)).map((e) => e.id);
    expect(filtered.filter((_, i) => matches.has(i)).map((e) => e.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(filtered.length);
  });

  it('says whether a run of events holds a match, and an empty run or one outside holds none', () => {
    const matches = searchMatchesOf(events, found);
    const first = events.findIndex((e) => gsomia.has(e.id));
    expect(matches.anyIn(0, events.length)).toBe(true);
    expect(matches.anyIn(first, first + 1)).toBe(true);
    expect(matches.anyIn(0, first)).toBe(false);
    expect(matches.anyIn(first, first)).toBe(false);
    expect(matches.anyIn(events.length, events.length + 5)).toBe(false);
  });

  it('finds nothing when the search found nothing', () => {
    const matches = searchMatchesOf(events, eventMatchesOfIds(events, new Set()));
    expect(matches.anyIn(0, events.length)).toBe(false);
  });
});
