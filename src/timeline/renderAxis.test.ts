// @vitest-environment jsdom
import { getAllByText, getByText } from '@testing-library/dom';
import { describe, expect, it } from 'vitest';
import { FULL_RANGE } from '../core/viewWindow';
import { renderAxis } from './renderAxis';

const layers = () => [document.createElement('div'), document.createElement('div')] as const;
/** The labels a reader sees: hidden ones (no room) are left out. */
const labels = (layer: HTMLElement) => Array.from(layer.querySelectorAll('.tick:not(.tick--clipped) .tick-label'), (l) => l.textContent);

describe('the axis', () => {
  it('labels decades as text for the whole range', () => {
    const [ticks, context] = layers();
    expect(renderAxis(ticks, context, FULL_RANGE, 1200)).toBe('decades');
    expect(labels(ticks)).toEqual(['1900', '1910', '1920', '1930', '1940', '1950', '1960', '1970', '1980', '1990', '2000', '2010', '2020']);
    expect(getByText(ticks, '1950').parentElement?.style.transform).toBe('translateX(461.5px)');
    expect(labels(context)).toEqual([]);
  });

  it('labels days with the month above them, the month sticking to the left edge', () => {
    const [ticks, context] = layers();
    renderAxis(ticks, context, { start: Date.UTC(2019, 10, 27), end: Date.UTC(2019, 11, 4) }, 1200);
    expect(labels(ticks)).toEqual(['27', '28', '29', '30', '1', '2', '3']);
    expect(labels(context)).toEqual(['November 2019', 'December 2019']);
    expect(getByText(context, 'November 2019').parentElement?.style.transform).toBe('translateX(0.0px)');
  });

  it('updates in place as the view moves, with no leftover ticks', () => {
    const [ticks, context] = layers();
    renderAxis(ticks, context, FULL_RANGE, 1200);
    renderAxis(ticks, context, { start: Date.UTC(2019, 0, 1), end: Date.UTC(2020, 0, 1) }, 1200);
    expect(labels(ticks)).toHaveLength(12);
    expect(getAllByText(context, '2019')).toHaveLength(1);
  });
});
