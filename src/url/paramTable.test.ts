import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY } from '../model/duration';
import { parsePartialDate } from '../model/partialDate';
import { SPAN_UNITS, type SpanUnit, VIEW_PARAMS, writeSpan } from './paramTable';

const readValue = <T>(result: { value: T } | { problem: string }): T | string => ('value' in result ? result.value : result.problem);

describe('the table of link parameters', () => {
  it('reads back every span the writer is given (whole days, or two or more months or years), as the same width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 99_999 }), fc.constantFrom<SpanUnit>('d', 'm', 'y'), (count, unit) => {
        const span = count * SPAN_UNITS[unit];
        expect(readValue(VIEW_PARAMS.span.read(writeSpan(span)))).toBeCloseTo(span, -1);
      }),
    );
  });

  it('writes a span in the unit it was given, years and months from two up', () => {
    expect(writeSpan(10 * SPAN_UNITS.y)).toBe('10y');
    expect(writeSpan(6 * SPAN_UNITS.m)).toBe('6m');
    expect(writeSpan(12 * SPAN_UNITS.m)).toBe('12m');
    expect(writeSpan(SPAN_UNITS.m)).toBe('30d');
    expect(writeSpan(30 * DAY)).toBe('30d');
  });

  it('reads back every date and event id it writes', () => {
    for (const iso of ['1965', '2019-11', '2019-W51', '2019-11-22']) {
      const date = parsePartialDate(iso);
      if (!date) throw new Error(iso);
      expect(readValue(VIEW_PARAMS.date.read(VIEW_PARAMS.date.write(date)))).toEqual(date);
    }
    expect(readValue(VIEW_PARAMS.event.read(VIEW_PARAMS.event.write('gsomia-extension')))).toBe('gsomia-extension');
  });

  it('reads a language the timeline speaks, and nothing else', () => {
    expect(readValue(VIEW_PARAMS.lang.read('ko'))).toBe('ko');
    for (const bad of ['xx', 'KO', 'ko-KR', 'en ', '']) expect(VIEW_PARAMS.lang.read(bad)).toEqual({ problem: 'shape' });
  });
});
