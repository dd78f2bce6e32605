import { describe, expect, it } from 'vitest';
import { countOf, findPhrases, monthNumber } from './phrases';

/** The phrases read in a text, as their words and what they say, in order. */
const read = (text: string) =>
  findPhrases(text)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((m) => [text.slice(m.start, m.end), m.said]);

describe('findPhrases', () => {
  it('reads a four-digit year, with its qualifier', () => {
    expect(read('a 1965 pact')).toEqual([['1965', { form: 'calendar', year: 1965 }]]);
    expect(read('opened in mid-2019')).toEqual([['mid-2019', { form: 'calendar', year: 2019 }]]);
  });

  it('leaves numbers that count things, amounts and parts of other dates alone', () => {
    for (const text of ['1500 troops', '2000 billion won', '$2019', '1,965', '2019/11/29', '2019-11-22', '21.5 percent', 'No. 1965']) {
      expect(read(text)).toEqual([]);
    }
  });

  it('reads year spans, expanding a two-digit end from the start', () => {
    expect(read('1910-45')).toEqual([['1910-45', { form: 'year-range', from: 1910, to: 1945 }]]);
    expect(read('1998–2003')).toEqual([['1998–2003', { form: 'year-range', from: 1998, to: 2003 }]]);
  });

  it('reads decades, and a decade without its century as not placeable', () => {
    expect(read('the 1990s')).toEqual([['the 1990s', { form: 'decade', first: 1990 }]]);
    expect(read("the '90s")).toEqual([["the '90s", { form: 'unplaceable', why: 'century-unstated' }]]);
  });

  it('reads "October last year" as one phrase, over the "last year" inside it', () => {
    expect(read('October last year')[0]).toEqual(['October last year', { form: 'month-of-relative-year', month: 10, yearOffset: -1 }]);
  });

  it('reads whole relative units, with their qualifier', () => {
    expect(read('the following week')).toEqual([['the following week', { form: 'relative', unit: 'week', offset: 1 }]]);
    expect(read('by the end of this year')).toEqual([['the end of this year', { form: 'relative', unit: 'year', offset: 0 }]]);
    expect(read('by the end of the month')).toEqual([['the end of the month', { form: 'relative', unit: 'month', offset: 0 }]]);
    expect(read('earlier this week')).toContainEqual(['earlier this week', { form: 'part-of', unit: 'week', part: 'earlier' }]);
  });

  it('reads "the third week in December"', () => {
    expect(read('the third week in December')).toEqual([['the third week in December', { form: 'nth-week-of-month', nth: 3, month: 12 }]]);
  });

  it('reads counts by their lead and tail: ago, from now, in, bare, durations and counts from another day', () => {
    const said = (text: string) => read(text)[0]?.[1];
    expect(said('seven years ago')).toMatchObject({ form: 'counted', count: 7, unit: 'year', way: 'back', moreThan: false });
    expect(said('in more than three years')).toMatchObject({ form: 'counted', count: 3, way: 'in', moreThan: true });
    expect(said('three years from now')).toMatchObject({ way: 'ahead' });
    expect(said('seven years')).toMatchObject({ way: 'bare' });
    expect(said('for two years')).toEqual({ form: 'duration' });
    expect(said('a five-year plan')).toEqual({ form: 'duration' });
    expect(said('two days later')).toEqual({ form: 'unplaceable', why: 'counted-from-another-date' });
    expect(said('the next day')).toEqual({ form: 'unplaceable', why: 'counted-from-another-date' });
  });

  it('counts offsets from where the text stands in its article', () => {
    expect(findPhrases('in 1995', 100)).toMatchObject([{ start: 103, end: 107 }]);
  });
});

describe('words of the phrases', () => {
  it('months by name and abbreviation; counts in figures and words', () => {
    expect(['July', 'Sept.', 'dec', 'Mayday'].map(monthNumber)).toEqual([7, 9, 12, undefined]);
    expect(['7', 'seven', 'a', 'twelve'].map(countOf)).toEqual([7, 7, 1, 12]);
  });
});
