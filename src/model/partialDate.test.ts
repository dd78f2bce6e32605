import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hookDate, isoDay, isoWeekOf, parseDateSpan, parsePartialDate, partialDateAt, spanWithin } from './partialDate';
import { DAY } from './duration';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('parsePartialDate', () => {
  it('reads a year as the whole year', () => {
    expect(parsePartialDate('1910')).toEqual({ precision: 'year', iso: '1910', start: utc(1910, 1, 1), end: utc(1911, 1, 1) });
  });

  it('reads a month as the whole month', () => {
    expect(parsePartialDate('2018-10')).toMatchObject({ precision: 'month', start: utc(2018, 10, 1), end: utc(2018, 11, 1) });
  });

  it('reads an ISO week as Monday to Sunday', () => {
    expect(parsePartialDate('2019-W51')).toMatchObject({ precision: 'week', start: utc(2019, 12, 16), end: utc(2019, 12, 23) });
    expect(parsePartialDate('2020-W01')?.start).toBe(utc(2019, 12, 30));
  });

  it('reads a day as that day', () => {
    expect(parsePartialDate('2019-11-22')).toMatchObject({ precision: 'day', start: utc(2019, 11, 22), end: utc(2019, 11, 23) });
  });

  it.each([
    '2019-02-31',
    '2019-02-29',
    '2019-13',
    '2019-00',
    '2019-W54',
    '2019-W00',
    '2019-11-31',
    'banana',
    '',
    '19',
    '2019-1-5',
    ' 2019',
  ])('rejects %j, which is not a real date in a known form', (text) => expect(parsePartialDate(text)).toBeUndefined());

  it('accepts 29 February in a leap year and week 53 in a long year', () => {
    expect(parsePartialDate('2020-02-29')).toBeDefined();
    expect(parsePartialDate('2020-W53')).toBeDefined();
  });

  it('does not read two-digit years as the twentieth century', () => {
    expect(new Date(parsePartialDate('0045')?.start ?? NaN).getUTCFullYear()).toBe(45);
  });

  it('round-trips every day of every precision through partialDateAt', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc(1900, 1, 1) / DAY, max: utc(2100, 1, 1) / DAY }),
        fc.constantFrom('year', 'month', 'week', 'day' as const),
        (days, precision) => {
          const ms = days * DAY;
          const date = partialDateAt(ms, precision);
          expect(date.start).toBeLessThanOrEqual(ms);
          expect(date.end).toBeGreaterThan(ms);
          expect(parsePartialDate(date.iso)).toEqual(date);
        },
      ),
    );
  });
});

describe('hook dates', () => {
  it('give a date at its own precision, and a week as its first day', () => {
    const hook = (text: string) => {
      const date = parsePartialDate(text);
      return date && hookDate(date);
    };
    expect(hook('1910')).toBe('1910');
    expect(hook('2018-10')).toBe('2018-10');
    expect(hook('2019-W51')).toBe('2019-12-16');
    expect(hook('2019-11-22')).toBe('2019-11-22');
  });

  it('do not depend on the time zone the code runs in', () => {
    expect(isoDay(utc(2019, 11, 22))).toBe('2019-11-22');
    expect(isoWeekOf(utc(2019, 12, 22))).toBe('2019-W51');
  });
});

describe('spans', () => {
  it('read START/END and single dates, and nothing else', () => {
    expect(parseDateSpan('1910/1945')?.end?.iso).toBe('1945');
    expect(parseDateSpan('2016')?.end).toBeUndefined();
    expect(parseDateSpan('1910/1945/1950')).toBeUndefined();
    expect(parseDateSpan('1910/banana')).toBeUndefined();
  });

  it('know when one lies within another', () => {
    const span = (text: string) => parseDateSpan(text) ?? { start: { precision: 'day' as const, iso: '', start: NaN, end: NaN } };
    expect(spanWithin(span('2019-W51'), span('2019-12'))).toBe(true);
    expect(spanWithin(span('2018-10'), span('2018'))).toBe(true);
    expect(spanWithin(span('2018'), span('2018-10'))).toBe(false);
    expect(spanWithin(span('2019-W01'), span('2019'))).toBe(false); // starts on 31 December 2018
  });
});

describe('reading the same date again', () => {
  it('gives the same date, and the same answer for a text that is no date', () => {
    const first = parsePartialDate('2019-11');
    expect(first).toEqual({ precision: 'month', iso: '2019-11', start: Date.UTC(2019, 10, 1), end: Date.UTC(2019, 11, 1) });
    expect(parsePartialDate('2019-11')).toBe(first);
    expect(parsePartialDate('2019-02-31')).toBeUndefined();
    expect(parsePartialDate('2019-02-31')).toBeUndefined();
  });

  it('reads every date right after tens of thousands of others', () => {
    for (let day = 0; day < 60_000; day++) parsePartialDate(isoDay(Date.UTC(1900, 0, 1) + day * DAY));
    expect(parsePartialDate('1910-08-29')?.start).toBe(Date.UTC(1910, 7, 29));
    expect(parsePartialDate('2019-W48')).toMatchObject({ precision: 'week', start: Date.UTC(2019, 10, 25) });
  });
});
