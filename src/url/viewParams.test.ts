import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViewParams } from './viewParams';
import { quoteValue } from './paramTable';
import { DAY } from '../model/duration';
import { englishI18n, koreanI18n } from '../testing/englishI18n';
import { noticeFor } from './permalinkNotices';

describe('parseViewParams reads what a link asks for', () => {
  it('reads a year, a month, a day and a week as dates at their precision', () => {
    expect(parseViewParams('?date=1965').params.date).toMatchObject({ precision: 'year', start: Date.UTC(1965, 0, 1) });
    expect(parseViewParams('?date=2019-11').params.date).toMatchObject({ precision: 'month', start: Date.UTC(2019, 10, 1) });
    expect(parseViewParams('?date=2019-11-22').params.date).toMatchObject({ precision: 'day', start: Date.UTC(2019, 10, 22) });
    expect(parseViewParams('date=2019-W51').params.date).toMatchObject({ precision: 'week', start: Date.UTC(2019, 11, 16) });
  });

  it('reads spans in days, months and years, in upper or lower case', () => {
    expect(parseViewParams('span=30d').params.span).toBe(30 * DAY);
    // A month and a year are the Gregorian averages: 365.2425 days a year.
    expect((parseViewParams('span=6m').params.span ?? 0) / DAY).toBeCloseTo(182.62125, 6);
    expect((parseViewParams('span=10Y').params.span ?? 0) / DAY).toBeCloseTo(3652.425, 6);
  });

  it('reads the event id as written, and checks nothing about it yet', () => {
    expect(parseViewParams('?event=gsomia-extension').params.eventId).toBe('gsomia-extension');
    expect(parseViewParams('?event=__proto__').params.eventId).toBe('__proto__');
  });

  it('reads percent-encoded and plus-encoded values as the browser does', () => {
    expect(parseViewParams('?date=2019%2D11').params.date?.iso).toBe('2019-11');
    expect(parseViewParams('?event=a+b').params.eventId).toBe('a b');
  });

  it('gives no problem for a link without parameters, with empty values, or with parameters it does not know', () => {
    for (const search of ['', '?', '?date=&span=&event=', '?utm_source=x&fbclid=1', '#date=banana']) {
      expect(parseViewParams(search)).toEqual({ params: {}, problems: [] });
    }
  });
});

describe('parseViewParams says which value it cannot use, and why', () => {
  const problemsOf = (search: string) => parseViewParams(search).problems;
  /** The notice a reader gets for the first problem, in English. */
  const noticeOf = (search: string) => {
    const [problem] = problemsOf(search);
    return problem ? noticeFor(problem, parseViewParams(search).params, undefined).text(englishI18n) : '';
  };

  it.each([
    ['banana', 'shape', 'is not a date like 2019, 2019-11 or 2019-11-22'],
    ['40000-01-01', 'shape', 'is not a date like 2019, 2019-11 or 2019-11-22'],
    ['2019-13-45', 'missing', 'does not exist'],
    ['2019-02-29', 'missing', 'does not exist'],
    ['2019-W60', 'missing', 'does not exist'],
    ['1850', 'outside', 'is outside the timeline, which runs from 1900 to 2029'],
    ['2030-01-01', 'outside', 'is outside the timeline, which runs from 1900 to 2029'],
  ])('date=%s: %s, “%s”', (value, why, words) => {
    const parsed = parseViewParams(`?date=${value}`);
    expect(parsed.params.date).toBeUndefined();
    expect(problemsOf(`?date=${value}`)).toEqual([{ param: 'date', kind: 'unusable', value, why }]);
    expect(noticeOf(`?date=${value}`)).toBe(`The date “${value}” ${words}. Showing the whole timeline instead.`);
  });

  it.each([
    ['-3y', 'shape', 'is not a width like 30d, 6m or 10y (days, months or years)'],
    ['1e308y', 'shape', 'is not a width like 30d, 6m or 10y (days, months or years)'],
    ['3 weeks', 'shape', 'is not a width like 30d, 6m or 10y (days, months or years)'],
    ['1.5y', 'shape', 'is not a width like 30d, 6m or 10y (days, months or years)'],
    ['0d', 'zero', 'is not wider than nothing'],
    ['000y', 'zero', 'is not wider than nothing'],
  ])('span=%s: %s, “%s”', (value, why, words) => {
    expect(parseViewParams(`?span=${encodeURIComponent(value)}`).params.span).toBeUndefined();
    expect(problemsOf(`?span=${encodeURIComponent(value)}`)).toEqual([{ param: 'span', kind: 'unusable', value, why }]);
    expect(noticeOf(`?date=1965&span=${encodeURIComponent(value)}`)).toBe(
      `The span “${value}” ${words}. Showing 1965 at its usual width instead.`,
    );
  });

  it('reads no language but the ones the timeline speaks', () => {
    expect(parseViewParams('?lang=ja').params.lang).toBe('ja');
    expect(problemsOf('?lang=xx')).toEqual([{ param: 'lang', kind: 'unusable', value: 'xx', why: 'shape' }]);
    expect(noticeOf('?lang=xx')).toBe(
      'The language “xx” is not one this timeline is written in (English, 한국어, 日本語). Showing it in English instead.',
    );
  });

  it('uses the first of repeated parameters and says so', () => {
    const parsed = parseViewParams('?date=1965&date=2019&event=a&event=b&event=c');
    expect(parsed.params.date?.iso).toBe('1965');
    expect(parsed.params.eventId).toBe('a');
    expect(parsed.problems).toEqual([
      { param: 'date', kind: 'repeated', value: '1965', count: 2 },
      { param: 'event', kind: 'repeated', value: 'a', count: 3 },
    ]);
    expect(noticeOf('?date=1965&date=2019')).toBe('The link gives date 2 times; only the first, “1965”, is used.');
  });

  it('reports a repeated parameter whose first value is bad, and does not fall back to a later one', () => {
    const parsed = parseViewParams('?date=banana&date=1965');
    expect(parsed.params.date).toBeUndefined();
    expect(parsed.problems.map((p) => p.kind)).toEqual(['repeated', 'unusable']);
  });

  it('shortens very long values in its messages', () => {
    const long = 'x'.repeat(100_000);
    expect(noticeOf(`?date=${long}`)).toBe(
      `The date “${'x'.repeat(39)}…” is not a date like 2019, 2019-11 or 2019-11-22. Showing the whole timeline instead.`,
    );
  });

  it('quotes markup as the characters it is, and makes control characters visible', () => {
    expect(noticeOf(`?date=${encodeURIComponent('<img src=x onerror=alert(1)>')}`)).toContain('“<img src=x onerror=alert(1)>”');
    expect(quoteValue('a\u0000b\u202Ec\nd')).toBe('a�b�c�d');
    expect(quoteValue('😀'.repeat(50))).toBe(`${'😀'.repeat(39)}…`);
  });
});

describe('parseViewParams never throws', () => {
  const keys = fc.oneof(fc.constantFrom('date', 'span', 'event', 'DATE', '', '__proto__'), fc.string());
  // Full Unicode, and UTF-16 code units one by one, so that lone surrogates are tried too.
  const fullUnicode = fc.string({ unit: 'binary' });
  const codeUnits = fc.string({ unit: fc.nat(0xffff).map((n) => String.fromCharCode(n)) });
  const values = fc.oneof(
    fc.constantFrom('1965', '2019-11-22', '30d', '-3y', '__proto__', '%', '%E0%A4%A'),
    fc.string(),
    fullUnicode,
    codeUnits,
  );
  const query = fc.array(fc.tuple(keys, values)).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);

  it.each([
    ['any string', fc.string()],
    ['any Unicode string', fullUnicode],
    ['any string of UTF-16 code units', codeUnits],
    ['any query of keys and raw values', query],
  ])('on %s, and every problem it reports makes a short notice in every language', (_, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (search) => {
        const { params, problems } = parseViewParams(search);
        for (const p of problems)
          for (const i18n of [englishI18n, koreanI18n]) expect(noticeFor(p, params, undefined).text(i18n).length).toBeLessThan(220);
      }),
      { numRuns: 2000 },
    );
  });
});
