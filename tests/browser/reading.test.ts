import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/model/types';
import { dataset } from '../../src/testing/realDataset';
import { boxOf, disconnectBrowser, openApp } from './harness';

afterAll(disconnectBrowser);

const panelOf = (page: Page) => page.getByRole('complementary', { name: /Source/ });
const entryButton = (page: Page, id: string) => page.locator(`.events-list [data-event-id="${id}"] button`);
const selectedEntryIds = (page: Page) =>
  page
    .locator('.events-list [aria-current="true"]')
    .evaluateAll((els) => els.map((el) => el.closest('[data-event-id]')?.getAttribute('data-event-id')));

/** Checks that the panel shows an event: its title, and every quote highlighted inside more of its article, with the citation. */
async function expectPanelShows(panel: Locator, event: TimelineEvent): Promise<void> {
  await expect(panel.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(event.title);
  const figures = panel.getByRole('figure');
  await expect(figures.count()).resolves.toBe(event.citations.length);
  for (const [i, citation] of event.citations.entries()) {
    const figure = figures.nth(i);
    const source = dataset.sources.find((s) => s.id === citation.sourceId);
    await expect(figure.locator('mark').allInnerTexts()).resolves.toEqual([citation.quote]);
    const context = await figure.locator('blockquote').innerText();
    expect(context).toContain(citation.quote);
    expect(context.length, `${event.id}: context around "${citation.quote}"`).toBeGreaterThan(citation.quote.length);
    const caption = await figure.locator('figcaption').innerText();
    for (const printed of [source?.headline, source?.byline, source?.publishedAsPrinted]) expect(caption).toContain(printed);
  }
  const sources = new Set(event.citations.map((c) => c.sourceId)).size;
  await expect(panel.getByRole('heading', { level: 3, name: /^\d+ sources?/ }).innerText()).resolves.toMatch(
    new RegExp(`^${sources} sources?\\b`),
  );
}

/** The timeline has moved to the event and shows it as its own pressed mark (not hidden in a cluster). */
async function expectTimelineShowsSelected(page: Page, id: string): Promise<void> {
  const mark = page.locator(`.timeline [data-event-id="${id}"][aria-pressed="true"]`);
  await mark.waitFor({ timeout: 3000 }).catch(() => undefined);
  expect(await mark.count(), `the timeline shows "${id}" as a selected mark of its own`).toBe(1);
}

describe('reading the sources in the production build', () => {
  it('opens every event from the list and shows every quote in context with its citation', async () => {
    const app = await openApp('');
    const panel = panelOf(app.page);
    for (const event of dataset.events) {
      await entryButton(app.page, event.id).click();
      await expectPanelShows(panel, event);
      await expect(selectedEntryIds(app.page)).resolves.toEqual([event.id]);
      await expectTimelineShowsSelected(app.page, event.id);
    }
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('selects from the timeline too, and the list follows', async () => {
    const app = await openApp('?date=2019-11');
    const mark = app.page.locator('.timeline [data-event-id="gsomia-extension"]');
    await mark.click();
    await expect(panelOf(app.page).getByRole('heading', { level: 2 }).innerText()).resolves.toBe(
      dataset.events.find((e) => e.id === 'gsomia-extension')?.title,
    );
    await expect(selectedEntryIds(app.page)).resolves.toEqual(['gsomia-extension']);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('walks every event in date order with Next, and back with the K key', async () => {
    const app = await openApp('');
    const panel = panelOf(app.page);
    const [first] = dataset.events;
    await entryButton(app.page, first?.id ?? '').click();
    const seen: string[] = [];
    for (const event of dataset.events) {
      await expect(panel.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(event.title);
      seen.push(event.id);
      if (event !== dataset.events.at(-1)) await panel.getByRole('button', { name: 'Next' }).click();
    }
    expect(seen).toEqual(dataset.events.map((e) => e.id));
    // The list has scrolled itself to keep the selected entry in sight.
    const last = dataset.events.at(-1)?.id ?? '';
    const [entryBox, listBox] = await Promise.all([
      boxOf(app.page.locator(`.events-list [data-event-id="${last}"]`)),
      boxOf(app.page.locator('.events-list ol')),
    ]);
    expect(entryBox.y).toBeGreaterThanOrEqual(listBox.y - 1);
    expect(entryBox.y + entryBox.height).toBeLessThanOrEqual(listBox.y + listBox.height + 1);
    await expect(panel.getByRole('button', { name: 'Next' }).getAttribute('aria-disabled')).resolves.toBe('true');
    for (const event of [...dataset.events].reverse().slice(1)) {
      await app.page.keyboard.press('k');
      await expect(panel.getByRole('heading', { level: 2 }).innerText()).resolves.toBe(event.title);
      await expect(selectedEntryIds(app.page)).resolves.toEqual([event.id]);
    }
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('Escape closes the panel and focus goes back to the list entry that opened it', async () => {
    const app = await openApp('');
    const entry = entryButton(app.page, 'pact-1965');
    await entry.focus();
    await app.page.keyboard.press('Enter');
    const panel = panelOf(app.page);
    await expect(panel.getByRole('heading', { level: 2 }).count()).resolves.toBe(1);
    // Into the panel, then Escape.
    await panel.getByRole('button', { name: 'Next' }).focus();
    await app.page.keyboard.press('Escape');
    await expect(panel.getByRole('heading', { level: 2 }).count()).resolves.toBe(0);
    await expect(app.page.evaluate(() => document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id'))).resolves.toBe(
      'pact-1965',
    );
    // The close button does the same.
    await entry.click();
    await panel.getByRole('button', { name: 'Close the sources' }).click();
    await expect(panel.getByRole('heading', { level: 2 }).count()).resolves.toBe(0);
    await expect(app.page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('1965 pact');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('Escape on a timeline mark closes the panel and the mark keeps focus', async () => {
    const app = await openApp('?date=2019-11');
    const mark = app.page.locator('.timeline [data-event-id="gsomia-extension"]');
    await mark.focus();
    await app.page.keyboard.press('Enter');
    const panel = panelOf(app.page);
    await expect(panel.getByRole('heading', { level: 2 }).innerText()).resolves.toContain('GSOMIA');
    await app.page.keyboard.press('Escape');
    await expect(panel.getByRole('heading', { level: 2 }).count()).resolves.toBe(0);
    await expect(app.page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).resolves.toBe('gsomia-extension');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('a highlight in the article view selects its event and moves the timeline to it; Show in the article goes back', async () => {
    const app = await openApp('?date=1930');
    await app.page.getByRole('button', { name: 'Read in full: The Korea Herald, 8 September 2023' }).click();
    const article = app.page.getByRole('region', { name: /customs agencies hold first bilateral meeting/ });
    await expect(article.getByRole('heading', { level: 2 }).innerText()).resolves.toContain('customs agencies');
    await article.getByRole('link', { name: /In June, South Korea and Japan vowed/ }).click();
    const swap = dataset.events.find((e) => e.id === 'currency-swap-pledge');
    if (!swap) throw new Error('no currency-swap-pledge');
    await expectPanelShows(panelOf(app.page), swap);
    await expectTimelineShowsSelected(app.page, 'currency-swap-pledge');
    await app.page.waitForFunction(() => new URL(location.href).searchParams.get('event') === 'currency-swap-pledge');
    // From the panel to the text: the passage gets focus.
    await panelOf(app.page).getByRole('button', { name: 'Show in the article' }).click();
    await expect(app.page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('?event=currency-swap-pledge');
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('on a phone the panel is a bottom sheet that leaves the timeline usable', async () => {
    const app = await openApp('', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await entryButton(app.page, 'japan-export-curbs').click();
    await app.page.evaluate(() => window.scrollTo(0, 0));
    const sheet = await boxOf(panelOf(app.page));
    expect(sheet.y).toBeGreaterThanOrEqual(740 * 0.4);
    expect(sheet.y + sheet.height).toBeLessThanOrEqual(741);
    expect(sheet.width).toBeLessThanOrEqual(375);
    // The timeline above the sheet still answers to the pointer.
    const frame = await boxOf(app.page.getByRole('region', { name: /Timeline/ }));
    const hit = await app.page.evaluate(
      ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('[aria-label*="Timeline"]') !== null,
      [frame.x + frame.width / 2, frame.y + 10],
    );
    expect(hit).toBe(true);
    expect(frame.y + 10).toBeLessThan(sheet.y);
    // Shrunk to its title, the sheet leaves the whole timeline free; grown again, the quotes are back.
    const toggle = panelOf(app.page).getByRole('button', { name: 'Show all of the sources' });
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    expect((await boxOf(panelOf(app.page))).y).toBeGreaterThanOrEqual(frame.y + frame.height);
    await expect(panelOf(app.page).locator('mark').first().isVisible()).resolves.toBe(false);
    await toggle.click();
    await expect(panelOf(app.page).locator('mark').first().isVisible()).resolves.toBe(true);
    // Show in the article: the passage comes into sight above the sheet, with focus.
    await panelOf(app.page).getByRole('button', { name: 'Show in the article' }).first().click();
    // The article view loads on first use; focus moves to the passage once it is there.
    await app.page.waitForFunction(() => document.activeElement?.matches('a.passage') === true);
    const passage = await app.page.evaluate(() => {
      const box = document.activeElement?.getBoundingClientRect();
      return box && { top: box.top, bottom: box.bottom, href: document.activeElement?.getAttribute('href') };
    });
    expect(passage?.href).toBe('?event=japan-export-curbs');
    expect(passage?.top).toBeGreaterThanOrEqual(0);
    expect(passage?.top).toBeLessThan((await boxOf(panelOf(app.page))).y);
    const noSideways = await app.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(noSideways).toBe(true);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
