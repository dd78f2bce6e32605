// @vitest-environment jsdom
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../testing/realDataset';
import { FULL_RANGE } from '../core/viewWindow';
import { Overview } from './Overview';
import { DAY } from '../model/duration';
import { fakeViewHandle } from '../testing/fakeViewHandle';
import { freshStore, render, testStore } from '../testing/realStore';
import { I18nProvider } from '../i18n/I18nProvider';
import { japaneseI18n } from '../testing/englishI18n';

const decade = { start: Date.UTC(1960, 0, 1), end: Date.UTC(1970, 0, 1) };
/** The timeline stands in as a recorder of the moves the overview asks of it. */
let timeline = fakeViewHandle();
const requested = () => timeline.moves.at(-1)?.window;

beforeEach(() => {
  freshStore({ view: decade });
  timeline = fakeViewHandle();
  testStore().getState().registerView(timeline.handle);
});

describe('<Overview />', () => {
  it('draws the events of the whole range and frames the window on screen, following the store without re-rendering', () => {
    const { container } = render(<Overview events={dataset.events} />);
    expect(container.querySelector('.overview-starts')?.getAttribute('d')).toMatch(/^M/);
    const slider = screen.getByRole('slider', { name: /Overview/ });
    expect(slider.getAttribute('aria-valuetext')).toBe('1960 to 1970');
    expect(slider.style.left).toBe(`${(((decade.start - FULL_RANGE.start) / (FULL_RANGE.end - FULL_RANGE.start)) * 100).toFixed(3)}%`);
    act(() =>
      testStore()
        .getState()
        .reportView({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2020, 0, 1) }),
    );
    expect(slider.getAttribute('aria-valuetext')).toBe('January 2019 to December 2019');
  });

  it('names the whole range in the same words as the description of the view: "1900 to 2030"', () => {
    render(<Overview events={dataset.events} />);
    expect(screen.getByRole('slider').getAttribute('aria-label')).toBe('Overview: the part of 1900 to 2030 on screen');
  });

  it('names the range and the window on screen in Japanese on a Japanese page', () => {
    render(
      <I18nProvider i18n={japaneseI18n}>
        <Overview events={dataset.events} />
      </I18nProvider>,
    );
    const slider = screen.getByRole('slider');
    expect(slider.getAttribute('aria-label')).toBe('概観：1900年～2030年のうち画面に表示されている部分');
    expect(slider.getAttribute('aria-valuetext')).toBe('1960年～1970年');
    act(() =>
      testStore()
        .getState()
        .reportView({ start: Date.UTC(2019, 10, 18), end: Date.UTC(2019, 10, 25) }),
    );
    expect(slider.getAttribute('aria-valuetext')).toBe('2019年11月18日～2019年11月24日');
  });

  it('moves the window with the arrow keys, Page Down and End', async () => {
    render(<Overview events={dataset.events} />);
    screen.getByRole('slider').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(requested()?.start).toBeCloseTo(decade.start + (decade.end - decade.start) / 10, -3);
    await userEvent.keyboard('{PageDown}');
    expect(requested()?.start).toBeCloseTo(decade.end, -3);
    await userEvent.keyboard('{End}');
    expect(requested()?.end).toBe(FULL_RANGE.end);
  });

  it('shows the stretch a reader brushes, and drags the window along', () => {
    const { container } = render(<Overview events={dataset.events} />);
    const strip = container.querySelector('.overview') as HTMLElement;
    strip.getBoundingClientRect = () => ({
      left: 0,
      width: 1300,
      top: 0,
      height: 40,
      right: 1300,
      bottom: 40,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    // 10 px per year: brush 2010 to 2020.
    fireEvent.pointerDown(strip, { clientX: 1100, button: 0, pointerId: 1 });
    fireEvent.pointerMove(strip, { clientX: 1200, pointerId: 1 });
    fireEvent.pointerUp(strip, { pointerId: 1 });
    expect(Math.abs((requested()?.start ?? 0) - Date.UTC(2010, 0, 1))).toBeLessThan(5 * DAY);
    expect(Math.abs((requested()?.end ?? 0) - Date.UTC(2020, 0, 1))).toBeLessThan(5 * DAY);
    // Drag the 1960s window 10 years later.
    fireEvent.pointerDown(strip, { clientX: 650, button: 0, pointerId: 2 });
    fireEvent.pointerMove(strip, { clientX: 750, pointerId: 2 });
    fireEvent.pointerUp(strip, { pointerId: 2 });
    expect(Math.abs((requested()?.start ?? 0) - Date.UTC(1970, 0, 1))).toBeLessThan(5 * DAY);
  });
});
