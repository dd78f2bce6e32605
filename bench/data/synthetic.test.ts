import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/model/partialDate';
import { syntheticData, syntheticEvent } from './synthetic';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('syntheticData', () => {
  const big = syntheticData(20_000);

  it('gives event i the same whatever N is, and the same on every call', () => {
    expect(syntheticData(100).events).toEqual(big.events.slice(0, 100));
    expect(syntheticEvent(20191122, 12_345)).toEqual(big.events[12_345]);
    expect(syntheticData(50, 7).events).not.toEqual(syntheticData(50).events);
  });

  it('keeps every date a real day between 1900-01-01 and 2029-12-31, periods ending on or after their start', () => {
    for (const e of big.events) {
      expect(parsePartialDate(e.start)?.precision).toBe('day');
      expect(day(e.start)).toBeGreaterThanOrEqual(day('1900-01-01'));
      expect(day(e.end ?? e.start)).toBeLessThan(day('2030-01-01'));
      if (e.type === 'range') expect(day(e.end ?? '')).toBeGreaterThanOrEqual(day(e.start));
      else expect(e.end).toBeUndefined();
    }
  });

  it('makes about 20% periods of whole years, from two calendar years to three decades, and spreads starts over the whole range', () => {
    const periods = big.events.filter((e) => e.type === 'range');
    expect(periods.length / big.events.length).toBeGreaterThan(0.18);
    expect(periods.length / big.events.length).toBeLessThan(0.22);
    expect(periods.filter((e) => !e.start.endsWith('-01-01') || !e.end?.endsWith('-12-31'))).toEqual([]);
    const years = periods.map((e) => Number(e.end?.slice(0, 4)) - Number(e.start.slice(0, 4)));
    expect(Math.min(...years)).toBe(1);
    expect(Math.max(...years)).toBe(30);
    const decades = new Set(big.events.map((e) => e.start.slice(0, 3)));
    expect([...decades].sort()).toEqual(['190', '191', '192', '193', '194', '195', '196', '197', '198', '199', '200', '201', '202']);
  });

  it('gives short titles and unique ids', () => {
    expect(Math.max(...big.events.map((e) => e.title.length))).toBeLessThanOrEqual(20);
    expect(new Set(big.events.map((e) => e.id)).size).toBe(big.events.length);
  });
});
