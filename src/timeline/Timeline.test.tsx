// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '../testing/realDataset';
import { FULL_RANGE } from '../core/viewWindow';
import { parsePartialDate } from '../model/partialDate';
import { Timeline } from './Timeline';
import { clusterKey } from './renderMarks';
import { expectWindowNear } from '../testing/expectWindow';
import { DAY } from '../model/duration';
import { freshStore, render, testStore } from '../testing/realStore';
import { I18nProvider } from '../i18n/I18nProvider';
import { localizeDataset } from '../model/localizeDataset';
import { koreanI18n } from '../testing/englishI18n';
import ko from '../data/translations/ko.json';

const november2019 = { start: Date.UTC(2019, 10, 15), end: Date.UTC(2019, 11, 5) };
const frame = () => screen.getByRole('region', { name: /Timeline/ });
const marks = () => Array.from(frame().querySelectorAll<HTMLElement>('[data-event-id]'));
const clusters = () => Array.from(frame().querySelectorAll<HTMLElement>('.cluster'));
/** How close a view must come to the window asked for: a tenth of a day, far below a pixel at these zooms. */
const NEAR = DAY / 10;
/** The cluster holding the most events; throws when there is none, so that no test passes without one. */
const biggestCluster = (): HTMLElement => {
  const biggest = clusters().sort((a, b) => Number(b.dataset.clusterSize) - Number(a.dataset.clusterSize))[0];
  if (!biggest) throw new Error('the timeline shows no cluster');
  return biggest;
};

/** Renders the timeline and lets its first frame be drawn (at the next animation frame, as in a browser). */
async function renderTimeline(ui: ReactElement = <Timeline />): Promise<void> {
  render(ui);
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

beforeEach(() => {
  freshStore();
  testStore().getState().loadDataset(dataset);
  // Moves are instant for a reader who prefers reduced motion, which keeps these tests synchronous.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('reduce'),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }));
  // A phone's window, whose frame has room for a few lanes: the full view runs out of them and clusters.
  vi.stubGlobal('innerWidth', 375);
  vi.stubGlobal('innerHeight', 740);
});
afterEach(() => vi.unstubAllGlobals());

describe('<Timeline />', () => {
  it('shows every event of the full view as a mark or inside a cluster that counts it', async () => {
    await renderTimeline();
    const inClusters = clusters().reduce((sum, c) => sum + Number(c.dataset.clusterSize), 0);
    expect(marks().length + inClusters).toBe(dataset.events.length);
    expect(clusters().length).toBeGreaterThan(0);
    for (const cluster of clusters()) expect(cluster).toHaveProperty('ariaLabel', expect.stringMatching(/^\d+ events, .+ – .+; zoom in/));
  });

  it('on a desktop window, grows the frame to the lanes the full view needs instead of clustering', async () => {
    vi.stubGlobal('innerWidth', 1280);
    // Tall enough for a lane per event of 2016–2023, which the full view packs into a few dozen px.
    vi.stubGlobal('innerHeight', 1200);
    await renderTimeline();
    expect(clusters()).toEqual([]);
    expect(marks()).toHaveLength(dataset.events.length);
    expect(Number(frame().style.getPropertyValue('--tl-rows'))).toBeGreaterThan(5);
  });

  it('gives each mark the test hooks and a name with its label, title and date', async () => {
    testStore().setState({ view: november2019 });
    await renderTimeline();
    const mark = screen.getByRole('button', {
      name: 'GSOMIA extended: Seoul extends GSOMIA hours before it was due to expire, 22 November 2019',
    });
    expect(mark.dataset.eventId).toBe('gsomia-extension');
    expect(mark.dataset.start).toBe('2019-11-22');
    expect(
      screen.getByRole('button', {
        name: /^Talks in Vienna: Preparatory talks in Vienna, Austria, the week of 2 December 2019, announced$/,
      }).dataset.start,
    ).toBe('2019-12-02');
  });

  it('opens on the view a deep relation set before the first render, and does not reset it', async () => {
    testStore().setState({ view: november2019 });
    await renderTimeline();
    const { view } = testStore().getState();
    expectWindowNear(view, november2019, NEAR);
    expect(within(frame()).getByText('November 2019')).toBeTruthy();
  });

  it('carries out a move request through the pan and zoom and writes the window back to the store', async () => {
    await renderTimeline();
    act(
      () =>
        void testStore()
          .getState()
          .moveView({ start: Date.UTC(1960, 0, 1), end: Date.UTC(1970, 0, 1) }, { animate: false }),
    );
    const { view } = testStore().getState();
    expectWindowNear(view, { start: Date.UTC(1960, 0, 1), end: Date.UTC(1970, 0, 1) }, NEAR);
    expect(within(frame()).getByText('1965')).toBeTruthy();
  });

  it('selects an event when its mark is clicked, and shows it pressed', async () => {
    testStore().setState({ view: november2019 });
    await renderTimeline();
    const mark = screen.getByRole('button', { name: /^GSOMIA extended: Seoul extends GSOMIA/ });
    expect(mark.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(mark);
    expect(testStore().getState().selectedId).toBe('gsomia-extension');
    expect(mark.getAttribute('aria-pressed')).toBe('true');
  });

  it('has one tab stop for the marks, walked with the arrow keys in time order, and selects with Enter', async () => {
    testStore().setState({ view: november2019 });
    await renderTimeline();
    const stops = marks().filter((m) => m.tabIndex === 0);
    expect(stops).toHaveLength(1);
    const user = userEvent.setup();
    frame().focus();
    await user.tab();
    expect(document.activeElement).toBe(stops[0]);
    const first = document.activeElement as HTMLElement;
    await user.keyboard('{ArrowRight}');
    const second = document.activeElement as HTMLElement;
    expect(second).not.toBe(first);
    expect([first.dataset.start, second.dataset.start]).toEqual([first.dataset.start, second.dataset.start].sort());
    await user.keyboard('{Enter}');
    expect(testStore().getState().selectedId).toBe(second.dataset.eventId);
  });

  it('zooms with + and −, pans with the arrow keys and fits all with Home when the frame has focus', async () => {
    testStore().setState({ view: { start: Date.UTC(1950, 0, 1), end: Date.UTC(1990, 0, 1) } });
    await renderTimeline();
    const user = userEvent.setup();
    frame().focus();
    const span = () => testStore().getState().view.end - testStore().getState().view.start;
    const before = span();
    await user.keyboard('+');
    expect(span()).toBeCloseTo(before / 2, -5);
    await user.keyboard('-');
    expect(span()).toBeCloseTo(before, -5);
    const start = testStore().getState().view.start;
    await user.keyboard('{ArrowRight}');
    expect(testStore().getState().view.start).toBeGreaterThan(start);
    await user.keyboard('{Home}');
    const { view } = testStore().getState();
    expectWindowNear(view, FULL_RANGE, NEAR);
  });

  it('zooms into a cluster when it is activated, and the cluster splits into its events', async () => {
    await renderTimeline();
    const biggest = biggestCluster();
    expect(Number(biggest.dataset.clusterSize)).toBeGreaterThan(1);
    await userEvent.click(biggest);
    const { view } = testStore().getState();
    expect(view.end - view.start).toBeLessThan((FULL_RANGE.end - FULL_RANGE.start) / 4);
    expect(marks().length).toBeGreaterThan(1);
  });

  it('takes keyboard focus to the first event of a cluster that Enter opens', async () => {
    await renderTimeline();
    const user = userEvent.setup();
    const cluster = biggestCluster();
    const size = Number(cluster.dataset.clusterSize);
    // The cluster holds a run of the events in date order; its first is the one the reader should land on.
    const first = dataset.events.find((_, lo) => clusterKey({ lo, hi: lo + size }) === cluster.dataset.key);
    if (!first) throw new Error(`no run of events matches the cluster ${cluster.dataset.key ?? ''}`);
    cluster.focus();
    await user.keyboard('{Enter}');
    expect(testStore().getState().view).not.toEqual(FULL_RANGE);
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    expect(focused?.dataset.eventId, 'the focused mark').toBe(first.id);
    expect(focused?.tabIndex).toBe(0);
  });

  it('labels its zoom buttons and marks a permalink’s date', async () => {
    testStore().setState({ view: november2019, markedDate: parsePartialDate('2019-11-22') ?? null });
    await renderTimeline();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(testStore().getState().view.start).toBeCloseTo(FULL_RANGE.start, -4);
    act(() => void testStore().getState().moveView(november2019, { animate: false }));
    expect(within(frame()).getByText('Linked date: 22 November 2019')).toBeTruthy();
  });

  it('tells screen readers what the view shows once a move settles', async () => {
    await renderTimeline();
    act(
      () =>
        void testStore()
          .getState()
          .moveView({ start: Date.UTC(1960, 0, 1), end: Date.UTC(1970, 0, 1) }, { animate: false }),
    );
    await waitFor(() => expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('1960 to 1970, 1 event'), {
      timeout: 2000,
    });
  });

  it('speaks Korean on a Korean page: its heading, controls, help, marks, axis and what a move shows', async () => {
    testStore().getState().loadDataset(localizeDataset(dataset, ko));
    testStore().setState({ view: november2019, markedDate: parsePartialDate('2019-11-22') ?? null });
    await renderTimeline(
      <I18nProvider i18n={koreanI18n}>
        <Timeline />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: '타임라인' })).toBeTruthy();
    expect(
      within(screen.getByRole('group', { name: '확대/축소' }))
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label') ?? b.textContent),
    ).toEqual(['확대', '축소', '전체 보기']);
    const region = screen.getByRole('region', { name: '사건 타임라인' });
    expect(document.getElementById(region.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/^스크롤하거나/);
    const gsomia = within(region).getByRole('button', { name: 'GSOMIA 연장: 한국, 만료 몇 시간 전 GSOMIA 연장, 2019년 11월 22일' });
    expect(gsomia.dataset.eventId).toBe('gsomia-extension');
    expect(within(region).getByText('2019년 11월')).toBeTruthy();
    expect(within(region).getByText('22일')).toBeTruthy();
    expect(within(region).getByText('링크의 날짜: 2019년 11월 22일')).toBeTruthy();
    act(
      () =>
        void testStore()
          .getState()
          .moveView({ start: Date.UTC(1960, 0, 1), end: Date.UTC(1970, 0, 1) }, { animate: false }),
    );
    expect(within(region).getByText('1965년')).toBeTruthy();
    await waitFor(() => expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe('1960년부터 1970년까지, 사건 1건'), {
      timeout: 2000,
    });
  });
});
