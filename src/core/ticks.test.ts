import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TICK_LEVELS, chooseTickLevel, ticksFor } from './ticks';
import { FULL_RANGE, MIN_SPAN, clampWindow, spanOf } from './viewWindow';
import { DAY } from '../model/duration';

const year2019 = { start: Date.UTC(2019, 0, 1), end: Date.UTC(2020, 0, 1) };
const weekOf18Nov = { start: Date.UTC(2019, 10, 18), end: Date.UTC(2019, 10, 25) };

describe('axis ticks', () => {
  it('shows decades for the whole range on a desktop screen', () => {
    const { level, ticks } = ticksFor(FULL_RANGE, 1200);
    expect(level.name).toBe('decades');
    expect(ticks.map((t) => t.label)).toEqual(Array.from({ length: 13 }, (_, i) => String(1900 + 10 * i)));
  });

  it('shows months, with the year above them, for a year', () => {
    const { level, ticks, context } = ticksFor(year2019, 1200);
    expect(level.name).toBe('months');
    expect(ticks.map((t) => t.label)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(context.map((t) => t.label)).toEqual(['2019']);
  });

  it('shows days, with the month and year above them, for a week', () => {
    const { level, ticks, context } = ticksFor(weekOf18Nov, 1200);
    expect(level.name).toBe('days');
    expect(ticks.map((t) => t.label)).toEqual(['18', '19', '20', '21', '22', '23', '24']);
    expect(context.map((t) => t.label)).toEqual(['November 2019']);
  });

  it('shows weeks for a couple of months and coarser steps on a narrow phone', () => {
    expect(chooseTickLevel({ start: Date.UTC(2019, 9, 1), end: Date.UTC(2019, 11, 1) }, 1200).name).toBe('weeks');
    expect(chooseTickLevel(FULL_RANGE, 340).name).toBe('20 years');
  });

  it('goes finer as the view narrows: decades, years, months, weeks, days', () => {
    const names = [130 * 365, 8 * 365, 365, 60, 7].map((days) => chooseTickLevel({ start: 0, end: days * DAY }, 1200).name);
    expect(names).toEqual(['decades', 'years', 'months', 'weeks', 'days']);
  });

  it('keeps labels apart at every zoom and width: ticks are never closer than their labels need', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 300, max: 2600 }),
        (a, b, width) => {
          const start = FULL_RANGE.start + a * spanOf(FULL_RANGE);
          const view = clampWindow({ start, end: start + MIN_SPAN + b * b * spanOf(FULL_RANGE) });
          const { level, ticks } = ticksFor(view, width);
          const pxPerMs = width / spanOf(view);
          for (let i = 1; i < ticks.length; i++) {
            const gap = ((ticks[i]?.t ?? 0) - (ticks[i - 1]?.t ?? 0)) * pxPerMs;
            // Months and years vary a little in length; a label never needs more than 85% of the step.
            expect(gap).toBeGreaterThanOrEqual(level.minPx * 0.9);
            expect((ticks[i - 1]?.label.length ?? 0) * 7 + 6).toBeLessThan(gap);
          }
        },
      ),
    );
  });

  it('lists the levels from coarsest to finest', () => {
    const steps = TICK_LEVELS.map((l) => l.stepMs);
    expect([...steps].sort((x, y) => y - x)).toEqual(steps);
  });
});
