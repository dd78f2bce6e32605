// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EventsList } from './EventsList';
import { SourcePanel } from './SourcePanel';
import { dataset, eventById } from '../testing/realDataset';
import { MISSING_QUOTE, loadRealDataset, loadWithMissingQuote, render, testStore } from '../testing/realStore';
import { expectWindowToHold } from '../testing/expectWindow';

beforeEach(loadRealDataset);

const panel = () => screen.getByRole('complementary', { name: /Source/ });
const select = (id: string | null) => act(() => testStore().getState().select(id));
const marks = () =>
  within(panel())
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
