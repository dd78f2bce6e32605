import { describe, expect, it } from 'vitest';
import { foundDateCode } from './foundDateForms';
import { resolveSaid } from './resolveSaid';
import type { Said } from './said';
import type { Direction } from './types';

const FRIDAY = Date.UTC(2019, 10, 29);
const code = (said: Said, direction?: Direction) => foundDateCode(resolveSaid(said, FRIDAY, direction).resolution);

describe('resolveSaid', () => {
  it('reads the parts written as written', () => {
    expect(code({ form: 'calendar', year: 1965 })).toBe('1965');
    expect(code({ form: 'calendar', year: 2016, month: 11 })).toBe('2016-11');
    expect(code({ form: 'calendar', year: 1965, month: 6, day: 22 })).toBe('1965-06-22');
  });

  it('supplies a missing year by the direction, back when none is given', () => {
    expect(code({ form: 'calendar', month: 12 })).toBe('2018-12');
    expect(code({ form: 'calendar', month: 12 }, 'future')).toBe('2019-12');
    expect(code({ form: 'calendar', month: 11, day: 30 })).toBe('2018-11-30');
    expect(resolveSaid({ form: 'calendar', month: 12 }, FRIDAY, undefined)).toMatchObject({
      convention: 'month-on-or-before',
      direction: 'past',
    });
  });

  it('reads a week named by its place in a month ahead, unless the sentence looks back', () => {
    expect(code({ form: 'nth-week-of-month', nth: 3, month: 12 })).toBe('2019-W51');
    expect(code({ form: 'nth-week-of-month', nth: 1, month: 11 }, 'past')).toBe('2019-W45');
  });

  it('counts relative units in whole units', () => {
    expect(code({ form: 'relative', unit: 'week', offset: -1 })).toBe('2019-W47');
    expect(code({ form: 'relative', unit: 'month', offset: 1 })).toBe('2019-12');
    expect(code({ form: 'month-of-relative-year', month: 10, yearOffset: -1 })).toBe('2018-10');
  });

  it('bounds the part of a period before or after the publication', () => {
    expect(code({ form: 'part-of', unit: 'week', part: 'earlier' })).toBe('[2019-11-25..2019-11-29]');
    expect(code({ form: 'part-of', unit: 'month', part: 'later' })).toBe('[2019-11-29..2019-11-30]');
  });

  it('counts back or ahead to the unit counted, and "more than" to a bound', () => {
    expect(code({ form: 'counted', unit: 'year', count: 7, way: 'back', moreThan: false })).toBe('2012');
    expect(code({ form: 'counted', unit: 'day', count: 3, way: 'ahead', moreThan: false })).toBe('2019-12-02');
    expect(code({ form: 'counted', unit: 'year', count: 3, way: 'back', moreThan: true })).toBe('[..2016-11-29]');
    expect(code({ form: 'counted', unit: 'year', count: 3, way: 'ahead', moreThan: true })).toBe('[2022-11-29..]');
  });

  it('keeps a range forward by moving a start with no year of its own back a year', () => {
    const month = (m: number): Said => ({ form: 'calendar', month: m });
    expect(code({ form: 'range', from: month(10), to: month(2) })).toBe('2018-10/2019-02');
    expect(code({ form: 'range', from: month(10), to: month(2) }, 'future')).toBe('2020-10/2021-02');
    expect(code({ form: 'range', from: { form: 'calendar', year: 2015 }, to: { form: 'calendar', year: 2010 } })).toBeNull();
  });

  it('reports what cannot be placed, with why', () => {
    expect(resolveSaid({ form: 'year-range', from: 1945, to: 1910 }, FRIDAY, undefined).resolution).toEqual({
      kind: 'not-placeable',
      why: 'range-reversed',
    });
    expect(resolveSaid({ form: 'counted', unit: 'year', count: 1500, way: 'back', moreThan: false }, FRIDAY, undefined).resolution).toEqual(
      {
        kind: 'not-placeable',
        why: 'outside-supported-years',
      },
    );
    expect(resolveSaid({ form: 'nth-week-of-month', nth: 5, month: 2 }, FRIDAY, undefined).resolution).toMatchObject({
      why: 'no-such-week',
    });
  });
});
