import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcFormat } from 'd3-time-format';
import { dayMonthYearWords, dayShortMonthWords, dayWords, monthYearWords, shortMonthWords, yearWords } from './calendarWords';

describe('calendar words', () => {
  it('spell a day, a month and a year in UTC, whatever the time zone the tests run in', () => {
    const day = Date.UTC(2019, 10, 22);
    expect([yearWords(day), monthYearWords(day), dayMonthYearWords(day)]).toEqual(['2019', 'November 2019', '22 November 2019']);
    expect([shortMonthWords(day), dayShortMonthWords(day), dayWords(day)]).toEqual(['Nov', '22 Nov', '22']);
    // The last instant of a UTC day is still that day.
    expect(dayMonthYearWords(Date.UTC(2019, 10, 22) + 86_399_999)).toBe('22 November 2019');
  });

  it('agree with d3-time-format on every day from 1000 to 9999', () => {
    const pairs = [
      [yearWords, utcFormat('%Y')],
      [monthYearWords, utcFormat('%B %Y')],
      [dayMonthYearWords, utcFormat('%-d %B %Y')],
      [shortMonthWords, utcFormat('%b')],
      [dayShortMonthWords, utcFormat('%-d %b')],
      [dayWords, utcFormat('%-d')],
    ] as const;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }), (t) => {
        for (const [ours, d3] of pairs) expect(ours(t)).toBe(d3(new Date(t)));
      }),
    );
  });
});
