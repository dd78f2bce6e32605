import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { eventPagePath } from '../../src/url/eventPage';
import { appUrl, boxOf, disconnectBrowser, openApp } from './harness';
import { eventTitle, settledUrl, sourcePanel } from './linkHelpers';

afterAll(disconnectBrowser);

const QUOTE = 'before deciding to extend the pact with Japan just hours before the deal was due to expire at midnight last Friday.';

/** What has keyboard focus, in words: its accessible text or label. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
  });

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Presses `key` until focus is on an element whose text matches, at most `limit` times. */
async function tabTo(page: Page, pattern: RegExp, key = 'Tab', limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (pattern.test(await focused(page))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${pattern}; focus is on "${await focused(page)}"`);
}

/** Copies the view's link, then opens it in a fresh page and returns that page's selected event title. */
async function reopenCopiedLink(page: Page): Promise<{ copied: string; reopenedTitle: string }> {
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // An event's page when the view is the event's own, else the root page with the view's query.
  const { pathname, search } = new URL(copied);
  const fresh = await openApp(search, { path: pathname.slice(1) });
  const reopenedTitle = await sourcePanel(fresh.page).getByRole('heading', { level: 2 }).first().innerText();
  expect(fresh.errors).toEqual([]);
  await fresh.close();
  return { copied, reopenedTitle };
}

describe('a reader finds an event, reads its source and shares a link', () => {
  it('with the keyboard alone', async () => {
    const app = await openApp('', { permissions: ['clipboard-read', 'clipboard-write'] });
    const { page } = app;
    // The first Tab offers the skip link; it lands on the events list.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Skip to the events list');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('Events');
    // Tab into the list (one Tab stop), arrow down to the GSOMIA extension and open it.
    await tabTo(page, new RegExp(escapeRegExp(eventTitle('japanese-colonial-rule'))));
    await tabTo(page, /Seoul extends GSOMIA/, 'ArrowDown', 20);
    await page.keyboard.press('Enter');
    const panel = sourcePanel(page);
    await expect.poll(() => panel.innerText()).toContain(QUOTE);
    expect(await panel.innerText()).toContain('Japanese, S. Korean senior trade officials to discuss tightened export controls: Tokyo');
    // Back up to Copy link in the header and use it.
    await tabTo(page, /^Copy link$/, 'Shift+Tab', 80);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'copied' }).count()).toBe(1);
    const { copied, reopenedTitle } = await reopenCopiedLink(page);
    // Opening the event moved the view to the event's own, so the link is the event's page, however soon
    // after Enter the walk reached Copy link: the copy waits for the glide to arrive.
    expect(copied).toBe(appUrl('', eventPagePath('gsomia-extension')));
    expect(reopenedTitle).toBe(eventTitle('gsomia-extension'));
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('on a phone, by touch', async () => {
    const app = await openApp('', {
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const { page } = app;
    // The page never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.locator('.events-list [data-event-id="gsomia-extension"] button').first().tap();
    const panel = sourcePanel(page);
    await expect.poll(() => panel.innerText()).toContain(QUOTE);
    // The sheet leaves the timeline on screen and usable.
    const timelineBox = await boxOf(page.getByRole('region', { name: /^Timeline/ }).first());
    expect(timelineBox.y).toBeLessThan((await boxOf(panel)).y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Controls are big enough to tap.
    const copy = page.getByRole('button', { name: 'Copy link' });
    const copyBox = await copy.boundingBox();
    expect(copyBox?.height ?? 0).toBeGreaterThanOrEqual(44);
    await settledUrl(page, 600);
    await copy.tap();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'copied' }).count()).toBe(1);
    const { reopenedTitle } = await reopenCopiedLink(page);
    expect(reopenedTitle).toBe(eventTitle('gsomia-extension'));
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
