// @ts-expect-error: the `edtf` package ships no types; its default export is a parser that throws on bad input.
import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { type PartialDate, parseDateSpan, parsePartialDate } from '../partialDate';
import { foundDateCode, namedSpan } from './foundDateForms';
import type { Resolution } from './types';

const date = (iso: string): PartialDate => {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(iso);
  return parsed;
};
const bounds = (earliest?: string, latest?: string): Resolution => ({
  kind: 'bounds',
  ...(earliest && { earliest: date(earliest) }),
  ...(latest && { latest: date(latest) }),
});

describe('foundDateCode', () => {
  it('writes a date at its precision, a span, and an open end', () => {
    const span = (text: string): Resolution => ({ kind: 'date', span: parseDateSpan(text) ?? { start: date('1000') } });
    expect(['2019', '2019-11', '2019-W49', '2019-11-22', '1910/1945'].map((t) => foundDateCode(span(t)))).toEqual([
      '2019',
      '2019-11',
      '2019-W49',
      '2019-11-22',
      '1910/1945',
    ]);
    expect(foundDateCode({ kind: 'ongoing', start: date('2018-10') })).toBe('2018-10/..');
  });

  it('writes bounds of one precision as they are, and of two precisions (or weeks) as days', () => {
    expect(foundDateCode(bounds(undefined, '2016-12'))).toBe('[..2016-12]');
    expect(foundDateCode(bounds('2018-10', '2019-11'))).toBe('[2018-10..2019-11]');
    expect(foundDateCode(bounds('2018-10', '2019-11-29'))).toBe('[2018-10-01..2019-11-29]');
    expect(foundDateCode(bounds(undefined, '2019-W48'))).toBe('[..2019-12-01]');
    expect(foundDateCode(bounds('2019-W48'))).toBe('[2019-11-25..]');
  });

  it('writes bounds that the edtf parser accepts', () => {
    for (const code of ['[..2016-12]', '[2018-10-01..2019-11-29]', '[2023-09-08..]', '[..2023]']) expect(() => edtf(code)).not.toThrow();
    expect(() => edtf('[2018-10..2019-11-29]')).toThrow();
  });

  it('gives null for words that cannot be placed', () => {
    expect(foundDateCode({ kind: 'not-placeable', why: 'range-reversed' })).toBeNull();
  });
});

describe('namedSpan', () => {
  it('is the date, the start of a period going on, or the date a bound is drawn of', () => {
    expect(namedSpan({ kind: 'ongoing', start: date('2016') })).toEqual({ start: date('2016') });
    expect(namedSpan({ kind: 'bounds', latest: date('2023'), named: { start: date('2023') } })).toEqual({ start: date('2023') });
  });

  it('is none for a counted bound or words that cannot be placed', () => {
    expect(namedSpan(bounds(undefined, '2016-11-29'))).toBeUndefined();
    expect(namedSpan({ kind: 'not-placeable', why: 'no-such-week' })).toBeUndefined();
  });
});
