// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleView } from './ArticleView';
import { EventsList } from './EventsList';
import { SourcePanel } from './SourcePanel';
import { dataset, eventById } from '../testing/realDataset';
import { MISSING_QUOTE, freshStore, loadRealDataset, loadWithMissingQuote, render, testStore } from '../testing/realStore';
import { datasetIn, eventIn, loadRealDatasetIn, renderIn } from '../testing/inLanguage';
import { expectWindowToHold } from '../testing/expectWindow';

beforeEach(loadRealDataset);

const article = () => screen.getByRole('region', { name: /customs agencies hold first bilateral meeting|trade officials to discuss/ });
const open = (id: string) => act(() => testStore().getState().openArticle(id));
const select = (id: string) => act(() => testStore().getState().select(id));
const herald = dataset.sources.find((s) => s.id === 'korea-herald-2023-09-08');
const xinhua = dataset.sources.find((s) => s.id === 'xinhua-2019-11-29');

/** The list, the panel and the article together, as the page has them. */
const renderReadingPanels = () =>
  render(
    <>
      <EventsList />
      <SourcePanel />
      <ArticleView />
    </>,
  );

/** Walking every event of the real dataset through the article takes seconds on a busy machine. */
const LONG_WALK_MS = 30_000;
describe('the article view', () => {
  it('shows nothing until an article is opened', () => {
    const { container } = render(<ArticleView />);
    expect(container.textContent).toBe('');
  });

  it('shows the article as printed: headline, byline, date and every paragraph of the story', () => {
    render(<ArticleView />);
    open('xinhua-2019-11-29');
    const view = article();
    expect(within(view).getByRole('heading', { level: 2 }).textContent).toBe(xinhua?.headline);
    // The byline already names the publisher: it is not said twice.
    expect(within(view).getByText(/2019\/11\/29/).textContent).toBe('Source: Xinhua · 2019/11/29 21:56:37');
    for (const paragraph of ['Japanese Minister of Economy', 'I am confident', 'The pact has enabled the two neighbors']) {
      expect(view.textContent).toContain(paragraph);
    }
    // Page furniture is kept, dimmed.
    expect(within(view).getByText('blog comments powered by Disqus').className).toBe('furniture');
  });

  it('highlights every cited passage, whole, as links to events', () => {
    render(<ArticleView />);
    for (const source of dataset.sources) {
      open(source.id);
      const links = [...article().querySelectorAll<HTMLElement>('a.passage')];
      const ranges = links.map((a) => [Number(a.dataset.passageStart), Number(a.dataset.passageEnd)] as const);
      for (const [start, end] of ranges) expect(links.map((a) => a.textContent)).toContain(source.text.slice(start, end));
      for (const event of dataset.events) {
        for (const citation of event.citations.filter((c) => c.sourceId === source.id)) {
          const at = source.text.indexOf(citation.quote);
          // Overlapping passages share their highlights; together the links still cover each quote whole.
          for (let i = at; i < at + citation.quote.length; i++) {
            expect(
              ranges.some(([start, end]) => start <= i && i < end),
              `${event.id} at ${i}`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it('selects the event of a highlight and moves the timeline to it', async () => {
    const user = userEvent.setup();
    act(() =>
      testStore()
        .getState()
        .reportView({ start: Date.UTC(1900, 0, 1), end: Date.UTC(1920, 0, 1) }),
    );
    render(<ArticleView />);
    open('korea-herald-2023-09-08');
    const link = within(article()).getByRole('link', { name: /In June, South Korea and Japan vowed/ });
    expect(link.getAttribute('href')).toBe('?event=currency-swap-pledge');
    await user.click(link);
    expect(testStore().getState().selectedId).toBe('currency-swap-pledge');
    const swap = eventById('currency-swap-pledge');
    const request = testStore().getState().view;
    expectWindowToHold(request, swap);
    expect(link.getAttribute('aria-current')).toBe('true');
  });

  it('leads overlapping passages to the most specific event without losing text', async () => {
    const user = userEvent.setup();
    render(<ArticleView />);
    open('korea-herald-2023-09-08');
    const paragraph = within(article()).getByText(
      (_, el) => el?.tagName === 'P' && (el.textContent ?? '').startsWith('In 2019, the bilateral'),
    );
    expect(paragraph.textContent).toBe(herald?.text.split('\n\n').find((p) => p.startsWith('In 2019, the bilateral')));
    const links = within(paragraph).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '?event=japan-export-curbs',
      '?event=forced-labor-rulings',
      '?event=japanese-colonial-rule',
    ]);
    await user.click(links[2] as HTMLElement);
    expect(testStore().getState().selectedId).toBe('japanese-colonial-rule');
  });

  it(
    'gives every cited event a readable link of its own, whichever event is selected',
    async () => {
      const user = userEvent.setup();
      render(<ArticleView />);
      const alsoLinks: HTMLElement[] = [];
      for (const source of dataset.sources) {
        open(source.id);
        const cited = dataset.events.filter((e) => e.citations.some((c) => c.sourceId === source.id));
        for (const selected of [null, ...cited]) {
          act(() =>
            testStore()
              .getState()
              .select(selected?.id ?? null),
          );
          const links = within(article()).getAllByRole('link');
          // No link is a sliver ("." left where two passages end apart).
          for (const a of links) expect(a.textContent ?? '', a.getAttribute('href') ?? '').toMatch(/\p{L}{3}/u);
          const hrefs = links.map((a) => a.getAttribute('href'));
          for (const event of cited) expect(hrefs, `with ${selected?.id} selected`).toContain(`?event=${event.id}`);
          alsoLinks.push(...article().querySelectorAll<HTMLElement>('.also-cited a'));
        }
      }
      // A passage shared with the selected one is named in words, not only in a tooltip, and the name leads to it.
      const named = alsoLinks.at(-1);
      if (!named?.isConnected) throw new Error('no event of the dataset shares its passage with a selected one');
      expect(named.textContent).toBe(dataset.events.find((e) => `?event=${e.id}` === named.getAttribute('href'))?.title);
      await user.click(named);
      expect(`?event=${testStore().getState().selectedId}`).toBe(named.getAttribute('href'));
    },
    LONG_WALK_MS,
  );

  it('shows the selected event’s passage whole where it overlaps another', () => {
    render(<ArticleView />);
    open('korea-herald-2023-09-08');
    act(() => testStore().getState().select('forced-labor-rulings'));
    const current = within(article())
      .getAllByRole('link')
      .filter((a) => a.getAttribute('aria-current') === 'true');
    expect(current.map((a) => a.textContent)).toEqual(
      eventById('forced-labor-rulings')
        .citations.filter((c) => c.sourceId === herald?.id)
        .map((c) => c.quote),
    );
  });

  it('is reached from the source panel, at the passage, which then has focus', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SourcePanel />
        <ArticleView />
      </>,
    );
    act(() => testStore().getState().select('working-level-export-dialogue'));
    await user.click(screen.getByRole('button', { name: 'Show in the article' }));
    expect(article()).toBeTruthy();
    expect(document.activeElement?.getAttribute('href')).toBe('?event=working-level-export-dialogue');
    expect(document.activeElement?.textContent).toContain('working-level officials having held dialogue');
    // Asked again after the reader moved on, it goes back to the passage.
    (document.activeElement as HTMLElement | null)?.blur();
    await user.click(screen.getByRole('button', { name: 'Show in the article' }));
    expect(document.activeElement?.getAttribute('href')).toBe('?event=working-level-export-dialogue');
  });

  it('closes with its button, and with Escape when no event is selected', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SourcePanel />
        <ArticleView />
      </>,
    );
    open('xinhua-2019-11-29');
    await user.click(screen.getByRole('button', { name: 'Close the article' }));
    expect(testStore().getState().articleSourceId).toBeNull();
    open('xinhua-2019-11-29');
    act(() => testStore().getState().select('pact-1965'));
    await user.keyboard('{Escape}');
    expect(testStore().getState().selectedId).toBeNull();
    expect(testStore().getState().articleSourceId).toBe('xinhua-2019-11-29');
    await user.keyboard('{Escape}');
    expect(testStore().getState().articleSourceId).toBeNull();
  });

  it('highlights only the passages of events that pass the filters', () => {
    render(<ArticleView />);
    act(() =>
      testStore()
        .getState()
        .setFilters({ tags: ['security'] }),
    );
    open('xinhua-2019-11-29');
    const targets = new Set(
      within(article())
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    );
    expect([...targets].sort()).toEqual([
      '?event=dispute-spreads-trade-security',
      '?event=gsomia-cancelled',
      '?event=gsomia-extension',
      '?event=gsomia-signed',
    ]);
  });

  it('lists a cited passage that is not in the text with a warning', () => {
    act(() => loadWithMissingQuote('pact-1965'));
    render(<ArticleView />);
    open('xinhua-2019-11-29');
    expect(article().textContent).toContain('One cited passage could not be found in this text');
    expect(article().textContent).toContain(`“${MISSING_QUOTE}” (${eventById('pact-1965').title})`);
  });

  it('gives focus back to the event it was opened from when Escape closes the panel, then the article', async () => {
    const user = userEvent.setup();
    renderReadingPanels();
    await user.click(screen.getByRole('button', { name: new RegExp(eventById('gsomia-extension').title) }));
    await user.click(within(screen.getByRole('complementary', { name: /Source/ })).getByRole('button', { name: 'Show in the article' }));
    expect(document.activeElement?.getAttribute('href')).toBe('?event=gsomia-extension');
    await user.keyboard('{Escape}');
    expect(testStore().getState().selectedId).toBeNull();
    await user.keyboard('{Escape}');
    expect(testStore().getState().articleSourceId).toBeNull();
    // The Show in the article button went with the panel: the event's entry takes focus.
    expect(document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id')).toBe('gsomia-extension');
  });

  it('gives focus back to Read in full when its article closes', async () => {
    const user = userEvent.setup();
    renderReadingPanels();
    const readInFull = screen.getByRole('button', { name: 'Read in full: Xinhua, 29 November 2019' });
    await user.click(readInFull);
    expect(document.activeElement?.tagName).toBe('H2');
    await user.keyboard('{Escape}');
    expect(testStore().getState().articleSourceId).toBeNull();
    expect(document.activeElement).toBe(readInFull);
  });

  it('says so when asked for an article that is not in the dataset', () => {
    render(<ArticleView />);
    open('nope');
    expect(screen.getByRole('region', { name: 'Article' }).textContent).toContain('There is no article “nope”');
  });
});

describe('the article view in Korean and Japanese', () => {
  it('shows the article as printed, in English and marked so, with the page’s own words around it in Korean', () => {
    loadRealDatasetIn('ko');
    renderIn('ko', <ArticleView />);
    open('xinhua-2019-11-29');
    const view = article();
    expect(within(view).getByRole('heading', { level: 2 }).getAttribute('lang')).toBe('en');
    expect(
      within(view)
        .getByText(/2019\/11\/29/)
        .getAttribute('lang'),
    ).toBe('en');
    expect(view.textContent).toContain('게재된 기사 원문');
    expect(
      within(view)
        .getByText(/강조된 구절은 사건이 인용한 부분입니다/)
        .getAttribute('lang'),
    ).toBeNull();
    const paragraphs = [...view.querySelectorAll('.article-body > p:not(.also-cited)')];
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const p of paragraphs) expect(p.getAttribute('lang')).toBe('en');
    expect(within(view).getByRole('button', { name: '기사 닫기' })).toBeTruthy();
  });

  it('names the events that share a passage in Korean, outside the article’s English', () => {
    loadRealDatasetIn('ko');
    renderIn('ko', <ArticleView />);
    open('xinhua-2019-11-29');
    const cited = dataset.events.filter((e) => e.citations.some((c) => c.sourceId === 'xinhua-2019-11-29'));
    const also = cited.flatMap((event) => {
      select(event.id);
      return [...article().querySelectorAll('.also-cited')];
    });
    expect(also.length).toBeGreaterThan(0);
    for (const p of also) {
      expect(p.textContent).toMatch(/^이 단락을 함께 인용한 사건: /);
      expect(p.closest('[lang="en"]')).toBeNull();
    }
  });

  it('warns in Japanese of a cited passage the text does not hold, the passage in English', () => {
    const ja = datasetIn('ja');
    const pact = eventIn('ja', 'pact-1965');
    const broken = { ...pact, citations: [{ sourceId: 'xinhua-2019-11-29', quote: MISSING_QUOTE }] };
    freshStore({ dataset: { ...ja, events: ja.events.map((e) => (e.id === pact.id ? broken : e)) } });
    renderIn('ja', <ArticleView />);
    open('xinhua-2019-11-29');
    expect(article().textContent).toContain('引用された1か所がこの本文に見つかりませんでした：');
    expect(article().textContent).toContain(`「${MISSING_QUOTE}」（${pact.title}）`);
    expect(within(article()).getByText(MISSING_QUOTE).getAttribute('lang')).toBe('en');
  });
});
