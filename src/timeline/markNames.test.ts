import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../model/partialDate';
import { shortSpan } from './markNames';

const date = (text: string) => {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`not a date: ${text}`);
  return parsed;
};

describe('a cluster’s span in short', () => {
  it('says the year once when both ends share it', () => {
    expect(shortSpan(date('2019-11-28'), date('2019-12-02'))).toBe('28 Nov – 2 Dec 2019');
  });

  it('gives each end its year when they differ, at the precision each is known to', () => {
    expect(shortSpan(date('2018-10'), date('2019-11-29'))).toBe('Oct 2018 – 29 Nov 2019');
    expect(shortSpan(date('2016'), date('2023'))).toBe('2016 – 2023');
  });

  it('names a week by its first day, and a single date once', () => {
    expect(shortSpan(date('2019-11-22'), date('2019-W49'))).toBe('22 Nov – week of 2 Dec 2019');
    expect(shortSpan(date('2023'), date('2023'))).toBe('2023');
  });
});
