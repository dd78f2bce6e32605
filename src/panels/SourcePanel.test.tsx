// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventsList } from './EventsList';
import { SourcePanel } from './SourcePanel';
import { dataset, eventById } from '../testing/realDataset';
import { MISSING_QUOTE, loadRealDataset, loadWithMissingQuote, render, testStore } from '../testing/realStore';
import { expectWindowToHold } from '../testing/expectWindow';
import { eventIn, loadRealDatasetIn, renderIn } from '../testing/inLanguage';

beforeEach(loadRealDataset);

const panel = () => screen.getByRole('complementary', { name: /Source/ });
const select = (id: string | null) => act(() => testStore().getState().select(id));
const marks = (inPanel = panel()) =>
  within(inPanel)
    .queryAllByText((_, el) => el?.tagName === 'MARK')
    .map((m) => m.textContent);

/** Walking every event of the real dataset through the panel takes seconds on a busy machine. */
const LONG_WALK_MS = 30_000;
describe('the source panel', () => {
  it('invites the reader to choose an event when nothing is selected', () => {
    render(<SourcePanel />);
    expect(panel().textContent).toMatch(/Choose an event/);
  });

  it('shows the title, the date in words with its precision, how it was worked out, the status and tags', () => {
    render(<SourcePanel />);
    select('forced-labor-rulings');
    const p = panel();
    expect(within(p).getByRole('heading', { level: 2 }).textContent).toBe(eventById('forced-labor-rulings').title);
    expect(p.textContent).toContain('October 2018 (known to the month)');
    expect(p.textContent).toContain('“October last year” in the article of 29 November 2019: October 2018');
    expect(p.textContent).toContain('Happened: it had taken place');
    expect(within(p).getByRole('list', { name: 'Tags' }).textContent).toBe('lawhistory');
    expect(p.textContent).toContain('Curator’s note:');
  });

  it('says a week-precise announced event is known to the week and not yet done', () => {
    render(<SourcePanel />);
    select('tokyo-export-control-talks');
    expect(panel().textContent).toContain('the week of 16 December 2019 (known to the week)');
    expect(panel().textContent).toContain('Announced: officials had set it for a date');
  });

  it('shows a period as a span', () => {
    render(<SourcePanel />);
    select('japanese-colonial-rule');
    expect(panel().textContent).toContain('1910 – 1945 (known to the year)');
  });

  it(
    'shows every quote highlighted inside its paragraph, with the article as printed, and counts the sources',
    () => {
      render(<SourcePanel />);
      for (const event of dataset.events) {
        select(event.id);
        const p = panel();
        const sources = new Set(event.citations.map((c) => c.sourceId)).size;
        expect(within(p).getByRole('heading', { level: 3, name: /^\d+ sources?/ }).textContent).toMatch(new RegExp(`^${sources} sources?`));
        expect(marks()).toEqual(event.citations.map((c) => c.quote));
        const figures = within(p).getAllByRole('figure');
        event.citations.forEach((citation, i) => {
          const figure = figures[i] as HTMLElement;
          const source = dataset.sources.find((s) => s.id === citation.sourceId);
          const context = within(figure).getByRole('blockquote');
          // The quote sits inside more text than itself: its context.
          expect(context.textContent?.length).toBeGreaterThan(citation.quote.length);
          expect(context.textContent).toContain(citation.quote);
          expect(figure.textContent).toContain(source?.headline);
          expect(figure.textContent).toContain(source?.byline);
          expect(figure.textContent).toContain(source?.publishedAsPrinted);
          // The publisher once: "Xinhua · Source: Xinhua" says it twice.
          const caption = figure.querySelector('figcaption')?.textContent ?? '';
          expect(caption.split(source?.publisher ?? '?').length - 1, caption).toBe(1);
        });
      }
    },
    LONG_WALK_MS,
  );

  it('announces the event it shows, briefly, to screen readers', () => {
    render(<SourcePanel />);
    const live = panel().querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('');
    select('japanese-colonial-rule');
    expect(panel().querySelector('[aria-live="polite"]')).toBe(live);
    expect(live?.textContent).toBe(`${eventById('japanese-colonial-rule').title}: 2 sources.`);
  });

  it('says "2 sources" for an event that both articles tell', () => {
    render(<SourcePanel />);
    select('japanese-colonial-rule');
    expect(within(panel()).getByRole('heading', { level: 3, name: /sources?$/ }).textContent).toBe('2 sources');
  });

  it(
    'steps to the previous and next events in date order, with buttons and with keys, and reveals them',
    async () => {
      const user = userEvent.setup();
      render(<SourcePanel />);
      select(dataset.events[0]?.id ?? null);
      const order: string[] = [testStore().getState().selectedId ?? ''];
      for (let i = 1; i < dataset.events.length; i++) {
        await user.click(within(panel()).getByRole('button', { name: 'Next' }));
        order.push(testStore().getState().selectedId ?? '');
      }
      expect(order).toEqual(dataset.events.map((e) => e.id));
      // At the end, Next stays focusable but does nothing.
      const next = within(panel()).getByRole('button', { name: 'Next' });
      expect(next.getAttribute('aria-disabled')).toBe('true');
      await user.click(next);
      expect(testStore().getState().selectedId).toBe(dataset.events.at(-1)?.id);
      await user.keyboard('k');
      expect(testStore().getState().selectedId).toBe(dataset.events.at(-2)?.id);
      await user.keyboard('[[');
      expect(testStore().getState().selectedId).toBe(dataset.events.at(-3)?.id);
      await user.keyboard(']');
      expect(testStore().getState().selectedId).toBe(dataset.events.at(-2)?.id);
      const shown = eventById(testStore().getState().selectedId ?? '');
      expectWindowToHold(testStore().getState().view, shown);
    },
    LONG_WALK_MS,
  );

  it('takes its single-character keys only while focus is in the panel or the events list, never in a field', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Elsewhere</button>
        <EventsList />
        <SourcePanel />
      </>,
    );
    select('pact-1965');
    const selected = () => testStore().getState().selectedId;
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    for (const key of ['j', ']', 'k', '[[']) {
      await user.keyboard(key);
      expect(selected(), key).toBe('pact-1965');
    }
    // A checkbox of the filters is a field: the keys are the reader's, not ours.
    screen.getByRole('checkbox', { name: 'history' }).focus();
    await user.keyboard('j');
    expect(selected()).toBe('pact-1965');
    within(panel()).getByRole('heading', { level: 2 }).closest('aside')?.querySelector('button')?.focus();
    await user.keyboard('j');
    const next = dataset.events[dataset.events.findIndex((e) => e.id === 'pact-1965') + 1]?.id;
    expect(selected()).toBe(next);
    screen.getByRole('heading', { name: 'Events' }).focus();
    await user.keyboard('[[');
    expect(selected()).toBe('pact-1965');
    expect(panel().textContent).toContain('Keys, while in this panel or the events list');
  });

  it('steps over the filtered events only', async () => {
    const user = userEvent.setup();
    render(<SourcePanel />);
    act(() =>
      testStore()
        .getState()
        .setFilters({ tags: ['security'] }),
    );
    select('gsomia-signed');
    for (const id of ['gsomia-cancelled', 'dispute-spreads-trade-security', 'gsomia-extension']) {
      await user.click(within(panel()).getByRole('button', { name: 'Next' }));
      expect(testStore().getState().selectedId).toBe(id);
    }
    expect(within(panel()).getByRole('button', { name: 'Next' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('names its keys', () => {
    render(<SourcePanel />);
    select('pact-1965');
    expect(within(panel()).getByRole('button', { name: 'Next' }).getAttribute('aria-keyshortcuts')).toBe('J ]');
    expect(within(panel()).getByRole('button', { name: 'Previous' }).getAttribute('aria-keyshortcuts')).toBe('K [');
    expect(within(panel()).getByRole('button', { name: 'Close the sources' }).getAttribute('aria-keyshortcuts')).toBe('Escape');
  });

  it('closes with its button and gives focus back to the list entry that opened it', async () => {
    const user = userEvent.setup();
    render(
      <>
        <EventsList />
        <SourcePanel />
      </>,
    );
    const entry = screen.getByRole('button', { name: /1965 pact/ });
    await user.click(entry);
    expect(panel().textContent).toContain('500 million');
    await user.click(within(panel()).getByRole('button', { name: 'Close the sources' }));
    expect(testStore().getState().selectedId).toBeNull();
    expect(document.activeElement).toBe(entry);
  });

  it('closes with Escape and gives focus to the entry of the event it last showed', async () => {
    const user = userEvent.setup();
    render(
      <>
        <EventsList />
        <SourcePanel />
      </>,
    );
    await user.click(screen.getByRole('button', { name: /1965 pact/ }));
    await user.click(within(panel()).getByRole('button', { name: 'Next' }));
    expect(testStore().getState().selectedId).toBe('previous-dg-trade-meeting');
    await user.keyboard('{Escape}');
    expect(testStore().getState().selectedId).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /last director-general-level meeting/ }));
  });

  it('opens the article at a quote', async () => {
    const user = userEvent.setup();
    render(<SourcePanel />);
    select('japanese-colonial-rule');
    await user.click(within(panel()).getAllByRole('button', { name: 'Show in the article' })[1] as HTMLElement);
    expect(testStore().getState().articleSourceId).toBe('korea-herald-2023-09-08');
    expect(testStore().getState().articlePassage?.quote).toBe(eventById('japanese-colonial-rule').citations[1]?.quote);
  });

  it('shows a quote that is not in its article with a warning instead of failing', () => {
    act(() => loadWithMissingQuote('pact-1965'));
    render(<SourcePanel />);
    select('pact-1965');
    expect(panel().textContent).toContain('could not be found in the article');
    expect(marks()).toEqual([MISSING_QUOTE]);
    expect(within(panel()).queryByRole('button', { name: 'Show in the article' })).toBeNull();
  });
});

describe('the source panel in Korean and Japanese', () => {
  const koPanel = () => screen.getByRole('complementary', { name: '선택한 사건의 출처' });

  it('gives the date as Korean writes it, how it was read as a Korean sentence round the article’s English words, and the quote as printed', () => {
    loadRealDatasetIn('ko');
    renderIn('ko', <SourcePanel />);
    select('gsomia-extension');
    const p = koPanel();
    expect(within(p).getByRole('heading', { level: 2 }).textContent).toBe(eventIn('ko', 'gsomia-extension').title);
    expect(p.textContent).toContain('2019년 11월 22일 (일 단위까지 알려짐)');
    expect(p.textContent).toContain('2019년 11월 29일 기사의 “last Friday”에서 계산한 날짜: 2019년 11월 22일');
    expect(within(p).getByText('last Friday').getAttribute('lang')).toBe('en');
    // The quote, the headline and the date as printed: verbatim, in English, and marked so.
    const quote = eventById('gsomia-extension').citations[0]?.quote ?? '?';
    expect(marks(p)).toEqual([quote]);
    const context = within(p).getByRole('blockquote');
    expect(context.getAttribute('lang')).toBe('en');
    expect(context.textContent).toContain(quote);
    const headline = p.querySelector('cite');
    expect(headline?.getAttribute('lang')).toBe('en');
    expect(headline?.textContent).toBe(dataset.sources.find((s) => s.id === 'xinhua-2019-11-29')?.headline);
    expect(p.querySelector('.citation-meta')?.getAttribute('lang')).toBe('en');
    expect(within(p).getByRole('heading', { level: 3, name: '출처 1개' })).toBeTruthy();
    expect(p.textContent).toContain('발생: 기사가 발행되었을 때 이미 일어난 일이다.');
    expect(within(p).getByRole('list', { name: '태그' }).textContent).toBe('안보');
    expect(p.querySelector('[aria-live="polite"]')?.textContent).toBe(`${eventIn('ko', 'gsomia-extension').title}: 출처 1개.`);
  });

  it('shows a month-precise event without a day, and bounds as a whole phrase', () => {
    loadRealDatasetIn('ko');
    renderIn('ko', <SourcePanel />);
    select('forced-labor-rulings');
    expect(koPanel().textContent).toContain('2018년 10월 (월 단위까지 알려짐)');
    expect(koPanel().textContent).not.toMatch(/2018년 10월 \d+일/);
    select('previous-dg-trade-meeting');
    expect(koPanel().textContent).toContain('2016년 12월 이전 (범위로만 알려짐)');
  });

  it('steps with buttons named in Korean, each with its event in the tooltip', async () => {
    const user = userEvent.setup();
    loadRealDatasetIn('ko');
    renderIn('ko', <SourcePanel />);
    select('pact-1965');
    const next = within(koPanel()).getByRole('button', { name: '다음' });
    expect(next.getAttribute('title')).toBe(`다음: ${eventIn('ko', 'previous-dg-trade-meeting').title} (J 또는 ])`);
    await user.click(next);
    expect(testStore().getState().selectedId).toBe('previous-dg-trade-meeting');
    select(dataset.events[0]?.id ?? null);
    expect(within(koPanel()).getByRole('button', { name: '이전' }).getAttribute('title')).toBe('이전 사건 없음');
    expect(within(koPanel()).getByRole('button', { name: '출처 닫기' })).toBeTruthy();
  });

  it('reads in Japanese: 2019年11月22日, the quote in English', () => {
    loadRealDatasetIn('ja');
    renderIn('ja', <SourcePanel />);
    select('gsomia-extension');
    const p = screen.getByRole('complementary', { name: '選択した出来事の出典' });
    expect(p.textContent).toContain('2019年11月22日（日まで判明）');
    expect(p.textContent).toContain('2019年11月29日の記事の「last Friday」から算出：2019年11月22日');
    expect(within(p).getByRole('blockquote').getAttribute('lang')).toBe('en');
    expect(p.querySelector('.curator-note')?.textContent).toMatch(/^編者注：「Just hours before/);
  });
});
