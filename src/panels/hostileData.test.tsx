// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import type { Tag } from '../model/types';
import { validateDataset } from '../model/validateDataset';
import { ArticleView } from './ArticleView';
import { EventsList } from './EventsList';
import { SourcePanel } from './SourcePanel';
import { freshStore, render, testStore } from '../testing/realStore';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const quote = `He said ${IMG} and ${SCRIPT} on Friday`;

/** A dataset whose every string a reader sees carries markup and script, checked by the real validator. */
const hostile = validateDataset({
  sources: [
    {
      id: 'evil',
      file: 'evil.txt',
      publisher: `Evil ${IMG} Press`,
      headline: `Headline ${SCRIPT}`,
      byline: `By ${IMG}`,
      publishedAsPrinted: `${SCRIPT} 2019/11/29`,
      published: '2019-11-29',
    },
  ],
  events: [
    {
      id: 'evil-event',
      title: `Title ${IMG}`,
      label: '<script>x</script>',
      start: '2019-11-29',
      status: 'happened',
      tags: ['trade'],
      note: `Note ${SCRIPT}`,
      citations: [{ source: 'evil', quote, dating: { words: 'Friday', reference: '2019-11-29', resolved: '2019-11-29' } }],
    },
  ],
  texts: { 'evil.txt': `Headline ${SCRIPT}\n\nBefore. ${quote}. After ${IMG}.\n\nLast paragraph.` },
});

beforeEach(() => {
  freshStore();
  testStore().getState().loadDataset(hostile.dataset);
});

it('the hostile dataset is valid, so the markup reaches the components', () => {
  expect(hostile.problems).toEqual([]);
  expect(hostile.dataset.events).toHaveLength(1);
});

it('shows markup and script from the data as text in the list, the panel and the article', async () => {
  const user = userEvent.setup();
  const { container } = render(
    <>
      <EventsList />
      <SourcePanel />
      <ArticleView />
    </>,
  );
  await user.click(screen.getByRole('button', { name: new RegExp(`Title <img`) }));
  act(() => testStore().getState().openArticle('evil'));
  expect(container.querySelector('img, script, [onerror]')).toBeNull();

  const panel = screen.getByRole('complementary', { name: /Source/ });
  expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(`Title ${IMG}`);
  expect(panel.textContent).toContain(`Note ${SCRIPT}`);
  expect(within(panel).getByText(quote).tagName).toBe('MARK');
  expect(panel.textContent).toContain(`Headline ${SCRIPT}`);
  expect(panel.textContent).toContain(`Evil ${IMG} Press · By ${IMG} · ${SCRIPT} 2019/11/29`);

  const article = screen.getByRole('region', { name: `Headline ${SCRIPT}` });
  expect(within(article).getByRole('link', { name: quote }).getAttribute('href')).toBe('?event=evil-event');
  expect(article.textContent).toContain(`After ${IMG}.`);
  expect(screen.getByRole('checkbox', { name: /Evil <img src=x onerror=alert\(1\)> Press/ })).toBeTruthy();
});

it('shows a tag carrying markup as text, even from a dataset that skipped the validator', () => {
  const [event] = hostile.dataset.events;
  if (!event) throw new Error('no event');
  const tag = IMG as unknown as Tag;
  act(() =>
    testStore()
      .getState()
      .loadDataset({ ...hostile.dataset, events: [{ ...event, tags: [tag] }] }),
  );
  act(() => testStore().getState().select('evil-event'));
  const { container } = render(<SourcePanel />);
  expect(within(screen.getByRole('list', { name: 'Tags' })).getByRole('listitem').textContent).toBe(IMG);
  expect(container.querySelector('img')).toBeNull();
});
