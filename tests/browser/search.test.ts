import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { auditWcag } from './axe';
import { appUrl, connectBrowser, disconnectBrowser, openApp } from './harness';
import { dataset, searchOf, settledUrl } from './linkHelpers';

afterAll(disconnectBrowser);

const GSOMIA = ['gsomia-signed', 'gsomia-cancelled', 'gsomia-extension'];
const listed = (page: Page) =>
  page.locator('.events-list [data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
const bright = (page: Page) =>
  page.locator('.timeline-marks .mark:not(.mark--dimmed)').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')).sort());
const dimmed = (page: Page) => page.locator('.timeline-marks .mark.mark--dimmed').count();
const field = (page: Page) => page.getByRole('searchbox', { name: /Search/ });

describe('search, in the production build', () => {
  it('typing GSOMIA leaves exactly the GSOMIA events in the list and bright on the timeline, and writes q', async () => {
    const { page, errors, close } = await openApp();
    expect(await listed(page)).toHaveLength(dataset.events.length);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('GSOMIA', { delay: 30 });
    await expect.poll(() => listed(page)).toEqual(GSOMIA);
    await expect
      .poll(() => page.locator('.search-field [role="status"], .search-field [aria-live]').first().innerText())
      .toContain('3 events');
    // Every GSOMIA mark drawn stays bright; every other drawn mark dims.
    await expect.poll(async () => (await bright(page)).every((id) => GSOMIA.includes(id ?? ''))).toBe(true);
    expect((await bright(page)).length).toBeGreaterThan(0);
    expect(await dimmed(page)).toBeGreaterThan(0);
    await expect.poll(() => new URLSearchParams(searchOf(page)).get('q')).toBe('GSOMIA');
    expect(errors).toEqual([]);
    await close();
  });

  it('opens a shared search as it was, after a reload too, and Back and Forward keep it', async () => {
    const { page, errors, close } = await openApp('?q=GSOMIA');
    await expect.poll(() => listed(page)).toEqual(GSOMIA);
    await expect(field(page).inputValue()).resolves.toBe('GSOMIA');
    await page.reload();
    await expect.poll(() => listed(page)).toEqual(GSOMIA);
    // An event opened from the search is a history entry; Back returns to the search without it, the search intact.
    await page.locator('.events-list [data-event-id="gsomia-extension"] button').click();
    await expect.poll(() => new URLSearchParams(searchOf(page)).get('event')).toBe('gsomia-extension');
    await settledUrl(page);
    await page.goBack();
    await expect.poll(() => new URLSearchParams(searchOf(page)).get('event')).toBe(null);
    expect(new URLSearchParams(searchOf(page)).get('q')).toBe('GSOMIA');
    await expect.poll(() => listed(page)).toEqual(GSOMIA);
    expect(errors).toEqual([]);
    await close();
  });

  it('steps through the matches in date order with Enter and the arrows, bringing each into view, and Escape clears', async () => {
    const { page, close } = await openApp('?q=gsomia');
    await expect.poll(() => listed(page)).toEqual(GSOMIA);
    await field(page).focus();
    const selected = () => page.evaluate(() => new URLSearchParams(location.search).get('event'));
    await page.keyboard.press('Enter');
    await expect.poll(selected).toBe('gsomia-signed');
    await page.keyboard.press('ArrowDown');
    await expect.poll(selected).toBe('gsomia-cancelled');
    await page.keyboard.press('ArrowDown');
    await expect.poll(selected).toBe('gsomia-extension');
    // Brought into view: its mark is drawn inside the timeline's frame.
    await expect.poll(() => page.locator('.timeline-marks [data-event-id="gsomia-extension"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => listed(page)).toHaveLength(dataset.events.length);
    await expect.poll(() => new URLSearchParams(searchOf(page)).get('q')).toBe(null);
    expect(await dimmed(page)).toBe(0);
    await close();
  });

  it('combines with the filters: a tag filter and a search leave what both allow', async () => {
    const { page, close } = await openApp('?q=export');
    // The search's answer, not the whole list shown before it comes.
    await expect.poll(async () => (await listed(page)).length).toBeLessThan(dataset.events.length);
    expect((await listed(page)).length).toBeGreaterThan(1);
    const before = await listed(page);
    const both = before.filter((id) => dataset.events.find((e) => e.id === id)?.tags.includes('security'));
    // A query and a tag that overlap in part: the check would pass vacuously otherwise.
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(before.length);
    await page.locator('.filters').getByRole('checkbox', { name: 'security' }).check();
    await expect.poll(() => listed(page)).toEqual(both);
    await close();
  });

  it.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['regex characters', '.*(?:[a-z]+)\\'],
    ['10,000 characters', 'GSOMIA '.repeat(1430)],
  ])('reads %s in q as text: no error, nothing runs, a long query is cut with a notice', async (_, query) => {
    const dialogs: string[] = [];
    const { page, errors, close } = await openApp(`?q=${encodeURIComponent(query)}`);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await expect.poll(async () => (await field(page).inputValue()).length).toBeGreaterThan(0);
    expect((await field(page).inputValue()).length).toBeLessThanOrEqual(200);
    if (query.length > 200) await expect.poll(() => page.locator('.notice').filter({ hasText: 'longer than 200' }).count()).toBe(1);
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('passes axe with a search on, the matches marked and the rest dimmed', async () => {
    const { page, close } = await openApp('?q=GSOMIA');
    await expect.poll(() => listed(page)).toEqual(GSOMIA);
    await expect.poll(() => page.locator('.events-list mark').count()).toBeGreaterThan(0);
    expect(await dimmed(page)).toBeGreaterThan(0);
    const audit = await auditWcag(page);
    expect(audit.violations).toEqual([]);
    await close();
  });

  it('is loaded, its index built, in idle time once the page is drawn; ahead of nothing when the browser saves data', async () => {
    const indexed = (page: Page) => page.evaluate(() => performance.getEntriesByName('search:indexed').length);
    const searchFetched = (page: Page) =>
      page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/searchController-[^/]*\.js$/.test(r.name)));
    const { page, errors, close } = await openApp();
    await expect.poll(() => indexed(page)).toBe(1);
    expect(await searchFetched(page)).toBe(true);
    expect(await field(page).inputValue()).toBe('');
    expect(errors).toEqual([]);
    await close();

    const context = await (await connectBrowser()).newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    const saving = await context.newPage();
    await saving.goto(appUrl());
    await saving.waitForSelector('[data-event-id]');
    // Idle callbacks run in the order asked: two after the page's own have seen its turn come and go.
    await saving.evaluate(() => new Promise((done) => requestIdleCallback(() => requestIdleCallback(done))));
    await saving.waitForLoadState('networkidle');
    expect(await searchFetched(saving)).toBe(false);
    expect(await indexed(saving)).toBe(0);
    // The reader reaching for the field still loads it.
    await field(saving).hover();
    await expect.poll(() => indexed(saving)).toBe(1);
    await context.close();
  });

  it('works on an event’s own page too', async () => {
    const { page, close } = await openApp('?q=GSOMIA', { path: 'events/gsomia-extension.html' });
    await expect.poll(() => listed(page)).toEqual(GSOMIA);
    expect(page.url()).toContain(new URL(appUrl('', 'events/gsomia-extension.html')).pathname);
    await close();
  });
});
