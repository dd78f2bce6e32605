import { describe, expect, it } from 'vitest';
import { formatEventEdtf } from './edtf';
import { type PartialDate, parsePartialDate } from './partialDate';

const date = (iso: string): PartialDate => {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(`not a date: ${iso}`);
  return parsed;
};
const event = (start: string, end?: string) => ({ start: date(start), ...(end !== undefined && { end: date(end) }) });

describe('formatEventEdtf', () => {
  it.each([
    ['1965', '1965'],
    ['2018-10', '2018-10'],
    ['2019-11-22', '2019-11-22'],
  ])('writes a date known to its precision as it is: %s', (start, edtf) => {
    expect(formatEventEdtf(event(start))).toBe(edtf);
  });

  it('writes a period as an interval of its two ends', () => {
    expect(formatEventEdtf(event('1910', '1945'))).toBe('1910/1945');
  });

  it('writes a week, which EDTF has no form for, as the interval of its days, Monday to Sunday', () => {
    expect(formatEventEdtf(event('2019-W49'))).toBe('2019-12-02/2019-12-08');
    expect(formatEventEdtf(event('2020-W01'))).toBe('2019-12-30/2020-01-05');
  });

  it('writes a period that starts or ends in a week from its first day to its last', () => {
    expect(formatEventEdtf(event('2019-W49', '2019-W51'))).toBe('2019-12-02/2019-12-22');
  });
});
