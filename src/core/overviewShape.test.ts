import { describe, expect, it } from 'vitest';
import { overviewShape } from './overviewShape';
import { buildTimeIndex } from './visibleRange';
import { DAY } from '../model/duration';

describe('the overview strip', () => {
  it('draws nothing for no events', () => {
    expect(overviewShape(buildTimeIndex([]))).toEqual({ starts: '', periods: '' });
  });

  it('draws one bar per column that holds a start, and a band under long periods', () => {
    const colonialRule = { t0: Date.UTC(1910, 0, 1), t1: Date.UTC(1946, 0, 1) };
    const day = { t0: Date.UTC(2019, 10, 22), t1: Date.UTC(2019, 10, 22) + DAY };
    const { starts, periods } = overviewShape(buildTimeIndex([colonialRule, day]));
    expect(starts.match(/M/g)).toHaveLength(2);
    // 36 years of a 130-year range over 500 columns: about 138 columns.
    expect(periods.match(/M/g)?.length).toBeGreaterThan(130);
    expect(periods.match(/M/g)?.length).toBeLessThan(145);
  });
});
