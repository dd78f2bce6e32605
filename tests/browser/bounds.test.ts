import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { hookDate } from '../../src/model/partialDate';
import type { TimelineEvent } from '../../src/model/types';
import { dataset } from '../../src/testing/realDataset';
import { disconnectBrowser, openApp } from './harness';

afterAll(disconnectBrowser);

const bounded = dataset.events.filter((e) => e.earliest ?? e.latest);
const ongoing = dataset.events.filter((e) => e.ongoing);
const relations = dataset.relations ?? [];
const relationsOf = (id: string) => relations.filter((l) => l.from === id || l.to === id);

/** The date hooks an element should carry for an event dated by bounds or still going on. */
function expectedHooks(event: TimelineEvent): Record<string, string | null> {
  return {
    'data-start': hookDate(event.start),
    'data-end': event.end ? hookDate(event.end) : null,
    'data-earliest': event.earliest ? hookDate(event.earliest.date) : null,
    'data-latest': event.latest ? hookDate(event.latest.date) : null,
    'data-ongoing': event.ongoing ? hookDate(event.ongoing.reported) : null,
  };
}

const hooksOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluate((el) =>
      Object.fromEntries(
        ['data-start', 'data-end', 'data-earliest', 'data-latest', 'data-ongoing'].map((name) => [name, el.getAttribute(name)]),
      ),
    );

describe('dates known only by bounds, and periods still going on, in the production build', () => {
  it('the real dataset has both kinds', () => {
    expect(bounded.map((e) => e.id)).toContain('gsomia-cancelled');
    expect(ongoing.map((e) => e.id)).toContain('tokyo-seoul-at-odds');
  });

  it('gives each such event its hooks on its mark and its list entry', async () => {
    for (const event of [...bounded, ...ongoing]) {
      const { page, errors, close } = await openApp(`?event=${event.id}`);
      const mark = `.timeline [data-event-id="${event.id}"][aria-pressed="true"]`;
      await page.locator(mark).waitFor({ timeout: 5000 });
      expect(await hooksOf(page, mark), `mark of ${event.id}`).toEqual(expectedHooks(event));
      expect(await hooksOf(page, `.events-list [data-event-id="${event.id}"]`), `entry of ${event.id}`).toEqual(expectedHooks(event));
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('draws a bounded date as a fade, unlike a month that is known', async () => {
    const { page, close } = await openApp('?event=dispute-spreads-trade-security');
    const fill = (id: string) =>
      page.locator(`.timeline [data-event-id="${id}"] .mark-glyph`).evaluate((el) => getComputedStyle(el).backgroundImage);
    await page.locator('.timeline [data-event-id="dispute-spreads-trade-security"]').waitFor();
    expect(await fill('dispute-spreads-trade-security')).toMatch(/^linear-gradient/);
    expect(await fill('forced-labor-rulings')).toBe('none');
    await close();
  });
});

describe('relations between events in the production build', () => {
  it('lists every relation of the selected event in the source panel, each with its quote', async () => {
    const { page, close } = await openApp('?event=gsomia-cancelled');
    const items = page.locator('[data-relation][data-related-event-id]');
    await items.first().waitFor();
    const expected = relationsOf('gsomia-cancelled');
    expect(await items.count()).toBe(expected.length);
    for (const [i, relation] of expected.entries()) {
      const item = items.nth(i);
      expect(await item.getAttribute('data-relation')).toBe(relation.kind);
      expect(await item.getAttribute('data-related-event-id')).toBe(relation.from === 'gsomia-cancelled' ? relation.to : relation.from);
      expect(await item.innerText()).toContain(relation.quote);
    }
    await close();
  });

  it('selects the other event of a relation, and brings it into view, when the reader activates it', async () => {
    const { page, close } = await openApp('?event=gsomia-cancelled');
    const relation = page.locator('[data-relation="precedes"][data-related-event-id="gsomia-extension"] button');
    await relation.click();
    await page.locator('.timeline [data-event-id="gsomia-extension"][aria-pressed="true"]').waitFor({ timeout: 5000 });
    expect(new URL(page.url()).searchParams.get('event')).toBe('gsomia-extension');
    const title = await page
      .getByRole('complementary', { name: /Source/ })
      .getByRole('heading', { level: 2 })
      .innerText();
    expect(title).toBe(dataset.events.find((e) => e.id === 'gsomia-extension')?.title);
    await close();
  });

  it('draws the relations of the selected event on the timeline, and none when nothing is selected', async () => {
    const { page, close } = await openApp('?date=2019&span=6y');
    const drawn = page.locator('.timeline-relations path');
    expect(await drawn.count()).toBe(0);
    await page.locator('.events-list [data-event-id="tokyo-seoul-at-odds"] button').click();
    await page.locator('.timeline [data-event-id="tokyo-seoul-at-odds"][aria-pressed="true"]').waitFor({ timeout: 5000 });
    await drawn.first().waitFor({ timeout: 5000 });
    const targets = await drawn.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-relation-to')).sort());
    const expected = relationsOf('tokyo-seoul-at-odds')
      .map((l) => (l.from === 'tokyo-seoul-at-odds' ? l.to : l.from))
      .sort();
    expect(targets).toEqual(expected);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelectorAll('.timeline-relations path').length === 0, undefined, { timeout: 5000 });
    expect(await drawn.count()).toBe(0);
    await close();
  });
});
