import { describe, expect, it } from 'vitest';
import { DAY } from '../model/duration';
import { windowShowing } from './focusWindow';

describe('windowShowing', () => {
  it('shows the whole stretch with 15% of it free either side', () => {
    const first = Date.UTC(2019, 10, 1);
    const last = Date.UTC(2019, 10, 20);
    const shown = windowShowing(first, last);
    const stretch = last + DAY - first;
    expect(shown.start).toBe(first - stretch * 0.15);
    expect(shown.end).toBe(last + DAY + stretch * 0.15);
  });

  it('shows at least a day when every start is the same', () => {
    const at = Date.UTC(2023, 2, 6);
    const shown = windowShowing(at, at);
    expect(shown.end - shown.start).toBeCloseTo(1.3 * DAY);
    expect(shown.start).toBeLessThan(at);
  });
});
