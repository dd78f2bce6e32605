import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarForm } from '../i18n/dateWords';
import { englishI18n, japaneseI18n, koreanI18n } from '../testing/englishI18n';
import { TICK_LEVELS, type Tick, chooseTickLevel, ticksFor } from './ticks';
import { FULL_RANGE, MIN_SPAN, clampWindow, spanOf } from './viewWindow';
import { DAY } from '../model/duration';

/** The labels of ticks as a page writes them in its language. */
const labels = (ticks: readonly Tick[], { dates } = englishI18n) => ticks.map((t) => dates.calendar(t.form, t.t));

const year2019 = { start: Date.UTC(2019, 0, 1), end: Date.UTC(2020, 0, 1) };
const weekOf18Nov = { start: Date.UTC(2019, 10, 18), end: Date.UTC(2019, 10, 25) };

describe('axis ticks', () => {
  it('shows decades for the whole range on a desktop screen', () => {
    const { level, ticks } = ticksFor(FULL_RANGE, 1200);
    expect(level.name).toBe('decades');
    expect(labels(ticks)).toEqual(Array.from({ length: 13 }, (_, i) => String(1900 + 10 * i)));
  });

  it('shows months, with the year above them, for a year', () => {
    const { level, ticks, context } = ticksFor(year2019, 1200);
    expect(level.name).toBe('months');
    expect(ticks.map((t) => t.form)).toEqual(Array<CalendarForm>(12).fill('shortMonth'));
    expect(labels(ticks).slice(0, 3)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(labels(context)).toEqual(['2019']);
  });

  it('names the calendar forms its labels take, so a Korean or Japanese page writes them its own way', () => {
    const { ticks, context } = ticksFor(year2019, 1200);
    expect(labels(ticks, koreanI18n).slice(9)).toEqual(['10월', '11월', '12월']);
    expect(labels(context, koreanI18n)).toEqual(['2019년']);
    expect(labels(ticksFor(weekOf18Nov, 1200).context, japaneseI18n)).toEqual(['2019年11月']);
  });

  it('shows days, with the month and year above them, for a week', () => {
    const { level, ticks, context } = ticksFor(weekOf18Nov, 1200);
    expect(level.name).toBe('days');
    expect(labels(ticks)).toEqual(['18', '19', '20', '21', '22', '23', '24']);
    expect(labels(context)).toEqual(['November 2019']);
  });

  it('shows weeks for a couple of months and coarser steps on a narrow phone', () => {
    expect(chooseTickLevel({ start: Date.UTC(2019, 9, 1), end: Date.UTC(2019, 11, 1) }, 1200).name).toBe('weeks');
    expect(chooseTickLevel(FULL_RANGE, 340).name).toBe('20 years');
  });

  it('goes finer as the view narrows: decades, years, months, weeks, days', () => {
    const names = [130 * 365, 8 * 365, 365, 60, 7].map((days) => chooseTickLevel({ start: 0, end: days * DAY }, 1200).name);
    expect(names).toEqual(['decades', 'years', 'months', 'weeks', 'days']);
  });

  it('keeps ticks at least their level’s distance apart at every zoom and width', () => {
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
          // Months and years vary a little in length.
          for (let i = 1; i < ticks.length; i++)
            expect(((ticks[i]?.t ?? 0) - (ticks[i - 1]?.t ?? 0)) * pxPerMs).toBeGreaterThanOrEqual(level.minPx * 0.9);
        },
      ),
    );
  });

  it('stands ticks as far apart as the widest label of their form needs, where that is more than the level’s own minimum', () => {
    const twoMonths = { start: Date.UTC(2019, 9, 1), end: Date.UTC(2019, 11, 1) };
    const weekPx = (7 * DAY * 1200) / spanOf(twoMonths);
    expect(chooseTickLevel(twoMonths, 1200, () => weekPx - 1).name).toBe('weeks');
    expect(chooseTickLevel(twoMonths, 1200, (form) => (form === 'dayShortMonth' ? weekPx + 1 : 0)).name).toBe('months');
  });

  it('lists the levels from coarsest to finest', () => {
    const steps = TICK_LEVELS.map((l) => l.stepMs);
    expect([...steps].sort((x, y) => y - x)).toEqual(steps);
  });
});
