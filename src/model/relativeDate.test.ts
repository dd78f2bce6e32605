import { describe, expect, it } from 'vitest';
import { formatDateSpan } from './partialDate';
import { resolveRelativeDate } from './relativeDate';

const resolve = (words: string, reference: string) => {
  const span = resolveRelativeDate(words, reference);
  return span && formatDateSpan(span);
};

// Friday 29 November 2019 (Xinhua) and Friday 8 September 2023 (The Korea Herald).
const XINHUA = '2019-11-29';
const HERALD = '2023-09-08';

describe('resolveRelativeDate against the articles of the dataset', () => {
  it.each([
    ['Friday', XINHUA, '2019-11-29'],
    ['on Thursday', XINHUA, '2019-11-28'],
    ['last Friday', XINHUA, '2019-11-22'],
    ['October last year', XINHUA, '2018-10'],
    ['next month', XINHUA, '2019-12'],
    ['the third week in December', XINHUA, '2019-W51'],
    ['the following week', XINHUA, '2019-W49'],
    ['in July', XINHUA, '2019-07'],
    ['November 2016', XINHUA, '2016-11'],
    ['1910-1945', XINHUA, '1910/1945'],
    ['In June', HERALD, '2023-06'],
    ['this year', HERALD, '2023'],
    ['by the end of this year', HERALD, '2023'],
    ['since 2016', HERALD, '2016'],
    ['seven years', HERALD, '2016'],
    ['on Thursday', HERALD, '2023-09-07'],
    ['1910-45', HERALD, '1910/1945'],
  ])('reads %j in the article of %s as %s', (words, reference, expected) => {
    expect(resolve(words, reference)).toBe(expected);
  });
});

describe('resolveRelativeDate conventions', () => {
  it('reads a bare weekday as the latest such day on or before the reference', () => {
    expect(resolve('Saturday', XINHUA)).toBe('2019-11-23');
    expect(resolve('Monday', XINHUA)).toBe('2019-11-25');
  });

  it('reads "last Friday" from a Monday as the Friday of the week before', () => {
    expect(resolve('last Friday', '2019-12-02')).toBe('2019-11-29');
  });

  it('reads a month later in the year than the reference as last year', () => {
    expect(resolve('in December', '2019-11-29')).toBe('2018-12');
  });

  it('counts "the Nth week" from the first Monday of the month', () => {
    expect(resolve('the first week in December', XINHUA)).toBe('2019-W49');
    expect(resolve('the fifth week in December', XINHUA)).toBe('2020-W01');
    expect(resolve('the fifth week of February', '2019-01-10')).toBeUndefined();
  });

  it('ignores case and surrounding space', () => {
    expect(resolve('  OCTOBER LAST YEAR ', XINHUA)).toBe('2018-10');
  });

  it('does not turn a bound into a date', () => {
    expect(resolve('more than three years', XINHUA)).toBeUndefined();
  });

  it('gives nothing for words it does not know or a reference that is not a day', () => {
    expect(resolve('Thursdsay', HERALD)).toBeUndefined();
    expect(resolve('soon', HERALD)).toBeUndefined();
    expect(resolve('Friday', '2019-11')).toBeUndefined();
    expect(resolve('1945-1910', HERALD)).toBeUndefined();
  });
});
