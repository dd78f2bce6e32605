// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { partialDateAt } from '../model/partialDate';
import type { Source } from '../model/types';
import { dataset } from '../testing/realDataset';
import { renderIn } from '../testing/inLanguage';
import { loadRealDataset, render, testStore } from '../testing/realStore';
import { EventsList } from './EventsList';
import { SOURCE_CHIPS_MAX, SOURCE_MATCHES_MAX } from './SourceFilter';

beforeEach(loadRealDataset);

const sourcesGroup = () => screen.getByRole('group', { name: 'Sources' });
const shownIds = () => [...document.querySelectorAll('[data-event-id]')].map((li) => li.getAttribute('data-event-id'));

describe('the source filter with a handful of sources', () => {
  it('offers one chip with a checkbox and a "Read in full" per source', () => {
    expect(dataset.sources.length).toBeLessThanOrEqual(SOURCE_CHIPS_MAX);
    render(<EventsList />);
    const group = within(sourcesGroup());
    expect(group.getAllByRole('checkbox')).toHaveLength(dataset.sources.length);
    expect(group.getAllByRole('button', { name: /^Read in full: / })).toHaveLength(dataset.sources.length);
    expect(group.queryByRole('searchbox')).toBeNull();
  });
});

describe('the source filter of an archive with thousands of sources', () => {
  const N = 5000;
  const template = dataset.sources[0] as Source;
  /** N made-up wire articles, one a day from 1 January 2000, besides the real sources the events cite. */
  const wire: Source[] = Array.from({ length: N }, (_, i) => ({
    ...template,
    id: `wire-${i}`,
    publisher: `Wire ${i}`,
    published: partialDateAt(Date.UTC(2000, 0, 1 + i), 'day'),
  }));
  const load = () =>
    act(() =>
      testStore()
        .getState()
        .loadDataset({ ...dataset, sources: [...wire, ...dataset.sources] }),
    );

  it('keeps its DOM small: a search field, no element per source', () => {
    load();
    render(<EventsList />);
    const group = sourcesGroup();
    expect(group.querySelectorAll('*').length).toBeLessThan(50);
    expect(within(group).queryAllByRole('checkbox')).toEqual([]);
    expect(within(group).getByRole('searchbox', { name: 'Add a source' })).toBeTruthy();
    expect(within(group).getByRole('status').textContent).toContain(`${(N + dataset.sources.length).toLocaleString('en-GB')} sources`);
  });

  it('lists only the first few matches of what is typed, and stays small', async () => {
    const user = userEvent.setup();
    load();
    render(<EventsList />);
    await user.type(screen.getByRole('searchbox', { name: 'Add a source' }), 'wire');
    const matches = within(screen.getByRole('list', { name: 'Matching sources' })).getAllByRole('button');
    expect(matches).toHaveLength(SOURCE_MATCHES_MAX);
    expect(matches[0]?.textContent).toBe('Add: Wire 0, 1 January 2000');
    expect(within(sourcesGroup()).getByRole('status').textContent).toBe(
      `${N.toLocaleString('en-GB')} sources match; the first ${SOURCE_MATCHES_MAX} are listed. Enter adds the first.`,
    );
    expect(sourcesGroup().querySelectorAll('*').length).toBeLessThan(50);
  });

  it('matches every word typed, in any order, by publisher or date', async () => {
    const user = userEvent.setup();
    load();
    render(<EventsList />);
    await user.type(screen.getByRole('searchbox', { name: 'Add a source' }), 'february 2000 wire 4');
    const names = within(screen.getByRole('list', { name: 'Matching sources' }))
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual([
      'Add: Wire 34, 4 February 2000',
      'Add: Wire 40, 10 February 2000',
      'Add: Wire 41, 11 February 2000',
      'Add: Wire 42, 12 February 2000',
      'Add: Wire 43, 13 February 2000',
      'Add: Wire 44, 14 February 2000',
    ]);
    await user.clear(screen.getByRole('searchbox', { name: 'Add a source' }));
    await user.type(screen.getByRole('searchbox', { name: 'Add a source' }), 'wire 4999');
    expect(within(sourcesGroup()).getByRole('status').textContent).toBe('1 source matches. Enter adds the first.');
  });

  it('adds a source with the keyboard, filters the events by it, and removes it again', async () => {
    const user = userEvent.setup();
    load();
    render(<EventsList />);
    const search = screen.getByRole('searchbox', { name: 'Add a source' });
    await user.type(search, 'korea herald{Enter}');
    expect(testStore().getState().filters.sources).toEqual(['korea-herald-2023-09-08']);
    const herald = dataset.events.filter((e) => e.citations.some((c) => c.sourceId === 'korea-herald-2023-09-08'));
    expect(shownIds()).toEqual(herald.map((e) => e.id));
    expect((search as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(search);
    const group = within(sourcesGroup());
    expect(group.getByRole('button', { name: 'Read in full: The Korea Herald, 8 September 2023' })).toBeTruthy();
    await user.click(group.getByRole('button', { name: 'Remove from the filter: The Korea Herald, 8 September 2023' }));
    expect(testStore().getState().filters.sources).toEqual([]);
    expect(shownIds()).toHaveLength(dataset.events.length);
    expect(document.activeElement).toBe(search);
  });

  it('adds a listed match by its button, and no longer lists it', async () => {
    const user = userEvent.setup();
    load();
    render(<EventsList />);
    await user.type(screen.getByRole('searchbox', { name: 'Add a source' }), 'xinhua');
    await user.click(screen.getByRole('button', { name: 'Add: Xinhua, 29 November 2019' }));
    expect(testStore().getState().filters.sources).toEqual(['xinhua-2019-11-29']);
    await user.type(screen.getByRole('searchbox', { name: 'Add a source' }), 'xinhua');
    expect(within(sourcesGroup()).getByRole('status').textContent).toBe('No source matches.');
    await user.click(screen.getByRole('button', { name: 'Read in full: Xinhua, 29 November 2019' }));
    expect(testStore().getState().articleSourceId).toBe('xinhua-2019-11-29');
  });

  it('finds a source by its date as the page writes it, and says what it found, in Korean', async () => {
    const user = userEvent.setup();
    load();
    renderIn('ko', <EventsList />);
    const group = () => within(screen.getByRole('group', { name: '출처' }));
    expect(group().getByRole('status').textContent).toBe(
      `출처 ${(N + dataset.sources.length).toLocaleString('ko-KR')}개: 언론사나 날짜를 입력해 찾으십시오.`,
    );
    await user.type(group().getByRole('searchbox', { name: '출처 추가' }), '2000년 2월 wire 4');
    const names = within(screen.getByRole('list', { name: '맞는 출처' }))
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names.slice(0, 2)).toEqual(['추가: Wire 34, 2000년 2월 4일', '추가: Wire 40, 2000년 2월 10일']);
    expect(group().getByRole('status').textContent).toMatch(
      /^출처 \d+개가 맞습니다\. 처음 6개를 보여 줍니다\. Enter를 누르면 첫 번째를 추가합니다\.$/,
    );
    await user.keyboard('{Enter}');
    expect(group().getByRole('button', { name: '필터에서 빼기: Wire 34, 2000년 2월 4일' })).toBeTruthy();
  });
});
