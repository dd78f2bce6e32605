// @vitest-environment jsdom
import { getAllByText, getByText } from '@testing-library/dom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FULL_RANGE, MIN_SPAN, clampWindow, spanOf } from '../core/viewWindow';
import { englishI18n, japaneseI18n, koreanI18n } from '../testing/englishI18n';
import { placeAxis, renderAxis, tickLabelPx } from './renderAxis';

const layers = () => [document.createElement('div'), document.createElement('div')] as const;
/** The labels a reader sees: hidden ones (no room) are left out. */
const labels = (layer: HTMLElement) => Array.from(layer.querySelectorAll('.tick:not(.tick--clipped) .tick-label'), (l) => l.textContent);
const english = englishI18n.dates.calendar;

describe('the axis', () => {
  it('labels decades as text for the whole range', () => {
    const [ticks, context] = layers();
    expect(renderAxis(ticks, context, FULL_RANGE, 1200, english)).toBe('decades');
    expect(labels(ticks)).toEqual(['1900', '1910', '1920', '1930', '1940', '1950', '1960', '1970', '1980', '1990', '2000', '2010', '2020']);
    expect(getByText(ticks, '1950').parentElement?.style.transform).toBe('translateX(461.5px)');
    expect(labels(context)).toEqual([]);
  });

  it('labels days with the month above them, the month sticking to the left edge', () => {
    const [ticks, context] = layers();
    renderAxis(ticks, context, { start: Date.UTC(2019, 10, 27), end: Date.UTC(2019, 11, 4) }, 1200, english);
    expect(labels(ticks)).toEqual(['27', '28', '29', '30', '1', '2', '3']);
    expect(labels(context)).toEqual(['November 2019', 'December 2019']);
    expect(getByText(context, 'November 2019').parentElement?.style.transform).toBe('translateX(0.0px)');
  });

  it('writes both tiers in the page’s language: years and months in Korean, days in Japanese', () => {
    const [ticks, context] = layers();
    renderAxis(ticks, context, { start: Date.UTC(2010, 0, 1), end: Date.UTC(2020, 0, 1) }, 1200, koreanI18n.dates.calendar);
    expect(labels(ticks).slice(0, 3)).toEqual(['2010년', '2011년', '2012년']);
    renderAxis(ticks, context, { start: Date.UTC(2019, 0, 1), end: Date.UTC(2020, 0, 1) }, 1200, koreanI18n.dates.calendar);
    expect(labels(ticks).slice(0, 3)).toEqual(['1월', '2월', '3월']);
    expect(labels(context)).toEqual(['2019년']);
    renderAxis(ticks, context, { start: Date.UTC(2019, 10, 27), end: Date.UTC(2019, 11, 4) }, 1200, japaneseI18n.dates.calendar);
    expect(labels(ticks).slice(0, 2)).toEqual(['27日', '28日']);
    expect(labels(context)).toEqual(['2019年11月', '2019年12月']);
  });

  it('updates in place as the view moves, with no leftover ticks', () => {
    const [ticks, context] = layers();
    renderAxis(ticks, context, FULL_RANGE, 1200, english);
    renderAxis(ticks, context, { start: Date.UTC(2019, 0, 1), end: Date.UTC(2020, 0, 1) }, 1200, english);
    expect(labels(ticks)).toHaveLength(12);
    expect(getAllByText(context, '2019')).toHaveLength(1);
  });

  it.each([englishI18n, koreanI18n, japaneseI18n])(
    'keeps labels apart at every zoom and width in $language: each ends before the next tick',
    ({ dates }) => {
      fc.assert(
        fc.property(
          // Evenly spread fractions (fast-check's doubles crowd near 0).
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 300, max: 2600 }),
          (at, size, width) => {
            const [a, b] = [at / 10_000, size / 10_000];
            // Spans spread evenly on a log scale, so that every level (decades down to days) is tried as often.
            const span = MIN_SPAN * (spanOf(FULL_RANGE) / MIN_SPAN) ** b;
            const start = FULL_RANGE.start + a * (spanOf(FULL_RANGE) - span);
            const view = clampWindow({ start, end: start + span });
            const { ticks } = placeAxis(view, width, dates.calendar);
            for (let i = 1; i < ticks.length; i++) {
              const [previous, next] = [ticks[i - 1], ticks[i]];
              if (previous && next) expect(previous.x + tickLabelPx(previous.label)).toBeLessThan(next.x);
            }
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
