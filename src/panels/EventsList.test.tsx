// @vitest-environment jsdom
import { Profiler } from 'react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hookDate } from '../model/partialDate';
import type { TimelineEvent } from '../model/types';
import { EventsList, WHOLE_LIST_MAX } from './EventsList';
import { dataset, eventById } from '../testing/realDataset';
import { loadRealDataset, render, testStore } from '../testing/realStore';
import { DAY } from '../model/duration';
import { expectWindowToHold } from '../testing/expectWindow';
import { namesNotBeginningWithLabel, visibleText } from '../testing/labelInName';
import { englishI18n } from '../testing/englishI18n';
import { eventIn, loadRealDatasetIn, renderIn } from '../testing/inLanguage';

const describeEventDate = englishI18n.dates.eventDate;

beforeEach(loadRealDataset);

const entries = (name = 'Events') =>
  within(screen.getByRole('region', { name }))
    .queryAllByRole('listitem')
    .filter((li) => li.hasAttribute('data-event-id'));

describe('the events list', () => {
  it('lists every event in date order, with its date, title, status, sources and test hooks', () => {
    render(<EventsList />);
    const items = entries();
    expect(items.map((li) => li.getAttribute('data-event-id'))).toEqual(dataset.events.map((e) => e.id));
    dataset.events.forEach((event, i) => {
      const li = items[i];
      if (!li) throw new Error('missing entry');
      expect(li.getAttribute('data-start')).toBe(hookDate(event.start));
      expect(li.getAttribute('data-end')).toBe(event.end ? hookDate(event.end) : null);
      expect(li.getAttribute('data-earliest')).toBe(event.earliest ? hookDate(event.earliest.date) : null);
      expect(li.getAttribute('data-latest')).toBe(event.latest ? hookDate(event.latest.date) : null);
      expect(li.getAttribute('data-ongoing')).toBe(event.ongoing ? hookDate(event.ongoing.reported) : null);
      const button = within(li).getByRole('button');
      expect(button.textContent).toContain(describeEventDate(event));
      expect(button.textContent).toContain(event.title);
    });
    const colonial = within(items[0] as HTMLElement).getByRole('button');
    expect(colonial.textContent).toContain('1910 – 1945');
    expect(colonial.textContent).toContain('Happened · 2 sources');
    expect(screen.getByRole('button', { name: /Customs Service plans talks/ }).textContent).toContain('Planned · 1 source');
    expect(screen.getByRole('button', { name: /last bilateral meeting/ }).textContent).toContain('1 source, 2 passages');
    expect(screen.getByRole('button', { name: /Seoul cancels GSOMIA/ }).textContent).toContain(
      'some time between November 2016 and 22 November 2019',
    );
    expect(screen.getByRole('button', { name: /Tokyo and Seoul at odds/ }).textContent).toContain(
      'from October 2018, still going on when reported on 29 November 2019',
    );
  });

  it('gives every entry an accessible name that begins with what it shows, its date and title first', () => {
    render(<EventsList />);
    const list = screen.getByRole('list');
    const buttons = within(list).getAllByRole('button');
    expect(buttons).toHaveLength(dataset.events.length);
    const shown = buttons.map((button) => visibleText(button));
    expect(shown.map((text, i) => text.slice(0, describeEventDate(dataset.events[i] as TimelineEvent).length))).toEqual(
      dataset.events.map((event) => describeEventDate(event)),
    );
    expect(namesNotBeginningWithLabel(list, 'button')).toEqual([]);
  });

  it('selects an event and asks the timeline to reveal it', async () => {
    const user = userEvent.setup();
    testStore()
      .getState()
      .reportView({ start: Date.UTC(1900, 0, 1), end: Date.UTC(1950, 0, 1) });
    render(<EventsList />);
    const gsomia = eventById('gsomia-extension');
    const button = screen.getByRole('button', { name: new RegExp(gsomia.title) });
    await user.click(button);
    const state = testStore().getState();
    expect(state.selectedId).toBe(gsomia.id);
    expectWindowToHold(state.view, gsomia);
    expect(button.getAttribute('aria-current')).toBe('true');
    expect(screen.getAllByRole('button').filter((b) => b.getAttribute('aria-current') === 'true')).toHaveLength(1);
  });

  it('zooms to the chosen event even when the view already holds it, so its mark stands clear of clusters', async () => {
    const user = userEvent.setup();
    render(<EventsList />);
    await user.click(screen.getByRole('button', { name: /GSOMIA, a military/ }));
    const signed = eventById('gsomia-signed');
    const request = testStore().getState().view;
    expect(testStore().getState().selectedId).toBe('gsomia-signed');
    expectWindowToHold(request, signed);
    // A month-precise event is shown with weeks around it, not decades.
    expect((request?.end ?? Infinity) - (request?.start ?? 0)).toBeLessThan(90 * DAY);
  });

  it('is a single Tab stop, with the arrow keys, Home and End moving between entries', async () => {
    const user = userEvent.setup();
    render(<EventsList />);
    const buttons = () => entries().map((li) => within(li).getByRole('button'));
    const focusedId = () => document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id');
    expect(buttons().filter((b) => b.tabIndex === 0)).toEqual([buttons()[0]]);
    buttons()[0]?.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedId()).toBe(dataset.events[2]?.id);
    await user.keyboard('{ArrowUp}');
    expect(focusedId()).toBe(dataset.events[1]?.id);
    await user.keyboard('{End}');
    expect(focusedId()).toBe(dataset.events.at(-1)?.id);
    await user.keyboard('{ArrowDown}{Home}');
    expect(focusedId()).toBe(dataset.events[0]?.id);
    // Tab leaves the list from any entry, and coming back lands on the entry last focused.
    await user.keyboard('{End}');
    await user.tab();
    expect(focusedId()).toBeUndefined();
    await user.tab({ shift: true });
    expect(focusedId()).toBe(dataset.events.at(-1)?.id);
    // Once an event is chosen, its entry is the way in.
    act(() =>
      testStore()
        .getState()
        .select(dataset.events[3]?.id ?? null),
    );
    expect(
      buttons()
        .filter((b) => b.tabIndex === 0)
        .map((b) => b.closest('li')?.dataset.eventId),
    ).toEqual([dataset.events[3]?.id]);
    expect(entries()[0]?.closest('ol')?.getAttribute('aria-describedby')).toBe('events-keys');
  });

  it('marks the events in the current view and counts them', () => {
    render(<EventsList />);
    act(() =>
      testStore()
        .getState()
        .reportView({ start: Date.UTC(2019, 10, 1), end: Date.UTC(2019, 11, 1) }),
    );
    const inView = entries()
      .filter((li) => li.hasAttribute('data-in-view'))
      .map((li) => li.getAttribute('data-event-id'));
    const expected = dataset.events.filter((e) => e.t0 < Date.UTC(2019, 11, 1) && e.t1 > Date.UTC(2019, 10, 1)).map((e) => e.id);
    expect(inView).toEqual(expected);
    expect(inView).toContain('gsomia-extension');
    expect(inView).not.toContain('pact-1965');
    expect(screen.getByText(`· ${expected.length} in the timeline’s view`)).toBeTruthy();
  });

  it('does not re-render while zoom frames keep the same events in view', () => {
    let commits = 0;
    render(
      <Profiler id="list" onRender={() => (commits += 1)}>
        <EventsList />
      </Profiler>,
    );
    const before = commits;
    // Sixty frames of a pan inside 1970–1980, where no event lies.
    for (let i = 0; i < 60; i++)
      act(() =>
        testStore()
          .getState()
          .reportView({ start: Date.UTC(1970, 0, 1 + i), end: Date.UTC(1975, 0, 1 + i) }),
      );
    expect(commits - before).toBe(1);
    act(() =>
      testStore()
        .getState()
        .reportView({ start: Date.UTC(1960, 0, 1), end: Date.UTC(1970, 0, 1) }),
    );
    expect(commits - before).toBe(2);
  });
});

describe('a long events list', () => {
  const N = 1000;
  const template = dataset.events.find((e) => e.end === undefined) as TimelineEvent;
  /** N one-day events a day apart, made from a real one: more than the list renders whole. */
  const long: TimelineEvent[] = Array.from({ length: N }, (_, i) => ({
    ...template,
    id: `day-${i}`,
    title: `Day ${i}`,
    t0: Date.UTC(1950, 0, 1) + i * DAY,
    t1: Date.UTC(1950, 0, 1) + (i + 1) * DAY,
  }));
  const load = () =>
    act(() =>
      testStore()
        .getState()
        .loadDataset({ ...dataset, events: long }),
    );
  const posinset = (li: Element | null | undefined) => li?.closest('li')?.getAttribute('aria-posinset');

  it('renders only a window of its entries, each with its place in the whole list', () => {
    expect(N).toBeGreaterThan(WHOLE_LIST_MAX);
    load();
    render(<EventsList />);
    const items = entries();
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(100);
    expect(items.map((li) => li.getAttribute('aria-setsize'))).toEqual(items.map(() => String(N)));
    expect(items.map(posinset)).toEqual(items.map((_, i) => String(i + 1)));
    // Counts are written as the language writes numbers: 1,000 in English.
    expect(screen.getByRole('status').textContent).toContain(`${N.toLocaleString('en-GB')} events`);
  });

  it('stays one Tab stop, with End and Home reaching entries outside the window', async () => {
    const user = userEvent.setup();
    load();
    render(<EventsList />);
    const tabStops = () => entries().filter((li) => within(li).getByRole('button').tabIndex === 0);
    within(entries()[0] as HTMLElement)
      .getByRole('button')
      .focus();
    await user.keyboard('{End}');
    expect(document.activeElement?.closest('li')?.getAttribute('data-event-id')).toBe(`day-${N - 1}`);
    expect(posinset(document.activeElement)).toBe(String(N));
    expect(tabStops().map((li) => li.getAttribute('data-event-id'))).toEqual([`day-${N - 1}`]);
    await user.keyboard('{ArrowUp}');
    expect(posinset(document.activeElement)).toBe(String(N - 1));
    await user.keyboard('{Home}');
    expect(posinset(document.activeElement)).toBe('1');
    expect(tabStops()).toHaveLength(1);
  });

  it('renders the selected entry wherever it is, marked as the current one', () => {
    load();
    render(<EventsList />);
    expect(entries().map((li) => li.getAttribute('data-event-id'))).not.toContain('day-700');
    act(() => testStore().getState().select('day-700'));
    const selected = entries().find((li) => li.getAttribute('data-event-id') === 'day-700');
    if (!selected) throw new Error('the selected entry day-700 is not rendered');
    expect(posinset(selected)).toBe('701');
    expect(within(selected).getByRole('button').getAttribute('aria-current')).toBe('true');
  });

  it('scrolls itself to centre a selected entry far from its window', () => {
    // jsdom lays nothing out: each entry is placed as rows of 76 px would place it, by its place in the list.
    const row = (li: HTMLElement) => Number(li.getAttribute('aria-posinset') ?? 1) - 1;
    const laidOut = [
      vi.spyOn(HTMLElement.prototype, 'offsetTop', 'get').mockImplementation(function (this: HTMLElement) {
        return row(this) * 76;
      }),
      vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(76),
    ];
    try {
      load();
      render(<EventsList />);
      const list = screen.getByRole('list');
      Object.defineProperty(list, 'clientHeight', { configurable: true, value: 500 });
      Object.defineProperty(list, 'scrollHeight', { configurable: true, value: N * 76 });
      act(() => {
        fireEvent.scroll(list);
      });
      act(() => testStore().getState().select('day-700'));
      // Row 700 in the middle of the 500 px box.
      expect(list.scrollTop).toBe(700 * 76 - (500 - 76) / 2);
      expect(entries().map((li) => li.getAttribute('data-event-id'))).toContain('day-700');
    } finally {
      for (const spy of laidOut) spy.mockRestore();
    }
  });

  it('keeps the focused entry, the same element, while the list is scrolled far away from it', async () => {
    load();
    render(<EventsList />);
    const list = screen.getByRole('list');
    // The list as a scroll box of 500 px (jsdom lays nothing out), scrolled as a wheel would scroll it.
    Object.defineProperty(list, 'clientHeight', { configurable: true, value: 500 });
    Object.defineProperty(list, 'scrollHeight', { configurable: true, value: N * 76 });
    const scrollTo = (top: number) => {
      list.scrollTop = top;
      act(() => {
        fireEvent.scroll(list);
      });
    };
    const first = within(entries()[0] as HTMLElement).getByRole('button');
    act(() => first.focus());
    scrollTo(600 * 76);
    const ids = entries().map((li) => li.getAttribute('data-event-id'));
    expect(ids).toContain('day-600');
    expect(ids).not.toContain('day-20');
    expect(document.activeElement).toBe(first);
    expect(first.isConnected).toBe(true);
    expect(posinset(first)).toBe('1');
    // Once focus leaves the list, the entry is no longer kept.
    const outside = document.body.appendChild(document.createElement('button'));
    await act(async () => {
      outside.focus();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    scrollTo(700 * 76);
    expect(entries().map((li) => li.getAttribute('data-event-id'))).not.toContain('day-0');
    outside.remove();
  });

  it('shortened under its scroll position, renders the rows the list ends with, at once', () => {
    load();
    render(<EventsList />);
    const list = screen.getByRole('list');
    Object.defineProperty(list, 'clientHeight', { configurable: true, value: 500 });
    Object.defineProperty(list, 'scrollHeight', { configurable: true, value: N * 76 });
    list.scrollTop = 600 * 76;
    act(() => {
      fireEvent.scroll(list);
    });
    // Fewer events (as a search leaves), with no scroll event yet: the browser will move the list up to its end.
    const kept = WHOLE_LIST_MAX + 100;
    act(() =>
      testStore()
        .getState()
        .loadDataset({ ...dataset, events: long.slice(0, kept) }),
    );
    const ids = entries().map((li) => li.getAttribute('data-event-id'));
    expect(ids).toContain(`day-${kept - 1}`);
    // A screen's worth of rows (500 px of 76 px rows) at the end, not the last one alone.
    expect(ids).toContain(`day-${kept - 7}`);
  });

  it('counts the events in view by the view, not by what it renders', () => {
    load();
    render(<EventsList />);
    act(() =>
      testStore()
        .getState()
        .reportView({ start: Date.UTC(1950, 0, 1) + 500 * DAY, end: Date.UTC(1950, 0, 1) + 600 * DAY }),
    );
    expect(screen.getByText('· 100 in the timeline’s view')).toBeTruthy();
    expect(entries().filter((li) => li.hasAttribute('data-in-view'))).toEqual([]);
  });
});

describe('the filters', () => {
  it('filter by tag, say how many are shown, and clear', async () => {
    const user = userEvent.setup();
    render(<EventsList />);
    const total = dataset.events.length;
    expect(screen.getByRole('status').textContent).toContain(`${total} events`);
    await user.click(screen.getByRole('checkbox', { name: 'security' }));
    const security = dataset.events.filter((e) => e.tags.includes('security'));
    expect(entries().map((li) => li.getAttribute('data-event-id'))).toEqual(security.map((e) => e.id));
    expect(screen.getByRole('status').textContent).toContain(`${security.length} of ${total} events`);
    expect(testStore().getState().filters.tags).toEqual(['security']);
    await user.click(screen.getByRole('checkbox', { name: 'customs' }));
    expect(entries()).toHaveLength(dataset.events.filter((e) => e.tags.some((t) => t === 'security' || t === 'customs')).length);
    await user.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(entries()).toHaveLength(total);
    expect((screen.getByRole('checkbox', { name: 'security' }) as HTMLInputElement).checked).toBe(false);
  });

  it('filter by source, combined with tags', async () => {
    const user = userEvent.setup();
    render(<EventsList />);
    await user.click(screen.getByRole('checkbox', { name: /The Korea Herald/ }));
    const herald = dataset.events.filter((e) => e.citations.some((c) => c.sourceId === 'korea-herald-2023-09-08'));
    expect(entries().map((li) => li.getAttribute('data-event-id'))).toEqual(herald.map((e) => e.id));
    await user.click(screen.getByRole('checkbox', { name: 'security' }));
    expect(entries()).toHaveLength(0);
    expect(screen.getByText('No event matches these filters.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain(`0 of ${dataset.events.length} events`);
  });

  it('open an article in full', async () => {
    const user = userEvent.setup();
    render(<EventsList />);
    await user.click(screen.getByRole('button', { name: 'Read in full: Xinhua, 29 November 2019' }));
    expect(testStore().getState().articleSourceId).toBe('xinhua-2019-11-29');
  });
});

describe('the events list in Korean and Japanese', () => {
  it('dates each entry as Korean writes it, at its precision, and gives it a name that begins with what it shows', () => {
    loadRealDatasetIn('ko');
    renderIn('ko', <EventsList />);
    const region = screen.getByRole('region', { name: '사건' });
    expect(within(region).getByRole('status').textContent).toBe(`사건 ${dataset.events.length}건`);
    const extension = within(region).getByRole('button', { name: new RegExp(eventIn('ko', 'gsomia-extension').title) });
    expect(extension.textContent).toMatch(/^2019년 11월 22일/);
    expect(extension.textContent).toContain('발생 · 출처 1개');
    const rulings = within(region).getByRole('button', { name: new RegExp(eventIn('ko', 'forced-labor-rulings').title) });
    expect(rulings.textContent).toMatch(/^2018년 10월[^\d]/);
    const before = within(region).getByRole('button', { name: new RegExp(eventIn('ko', 'previous-dg-trade-meeting').title) });
    expect(before.textContent).toMatch(/^2016년 12월 이전/);
    expect(namesNotBeginningWithLabel(screen.getByRole('list'), 'button')).toEqual([]);
  });

  it('filters by tags named in Korean, counts what it shows, and opens an article by a name that begins with its words', async () => {
    const user = userEvent.setup();
    loadRealDatasetIn('ko');
    renderIn('ko', <EventsList />);
    expect(screen.getByRole('group', { name: '태그' })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: '안보' }));
    const security = dataset.events.filter((e) => e.tags.includes('security'));
    expect(screen.getByRole('status').textContent).toBe(`사건 ${dataset.events.length}건 중 ${security.length}건`);
    await user.click(screen.getByRole('button', { name: '필터 지우기' }));
    expect(entries('사건')).toHaveLength(dataset.events.length);
    const sources = within(screen.getByRole('group', { name: '출처' }));
    expect(sources.getByRole('checkbox', { name: 'Xinhua, 2019년 11월 29일' })).toBeTruthy();
    const readInFull = sources.getByRole('button', { name: '전문 읽기: Xinhua, 2019년 11월 29일' });
    expect(readInFull.textContent).toBe('전문 읽기');
    await user.click(readInFull);
    expect(testStore().getState().articleSourceId).toBe('xinhua-2019-11-29');
  });

  it('counts in Japanese', () => {
    loadRealDatasetIn('ja');
    renderIn('ja', <EventsList />);
    expect(screen.getByRole('heading', { name: '出来事' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(`出来事${dataset.events.length}件`);
    expect(screen.getByRole('checkbox', { name: '安全保障' })).toBeTruthy();
    expect(screen.getByText('タグや出典を選ぶと、その出来事だけを表示します。')).toBeTruthy();
  });
});
