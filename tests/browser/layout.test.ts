import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { boxOf, disconnectBrowser, openApp, untilStill } from './harness';
import { dataset } from './linkHelpers';

afterAll(disconnectBrowser);

const panelOf = (page: Page) => page.getByRole('complementary', { name: /Source/ });

/** True when the whole of an element's box is inside the window (and, if given, above `limit`). */
async function onScreen(page: Page, target: Locator, limit?: number): Promise<boolean> {
  const box = await target.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.x >= 0 && box.x + box.width <= size.width && box.y + box.height <= Math.min(size.height, limit ?? size.height);
}

/** Waits until an element stops moving (the page lays itself out as the timeline draws). */
const settled = (target: Locator) => untilStill(() => target.boundingBox(), 100);

/**
 * The source panel shows its heading below its sticky bar, on screen, and the first line of its first
 * quote: the highlighted passage, or with `quoteSelector` another part of the citation (the text around it).
 */
async function expectHeadingAndQuote(page: Page, quoteSelector = '.citation mark'): Promise<void> {
  const panel = panelOf(page);
  const quote = panel.locator(quoteSelector).first();
  await quote.waitFor();
  const [bar, heading, passage] = await untilStill(() =>
    Promise.all([boxOf(panel.locator('.panel-bar')), boxOf(panel.getByRole('heading', { level: 2 })), boxOf(quote)]),
  );
  const bottom = page.viewportSize()?.height ?? 0;
  expect(heading.y, 'the heading starts below the bar').toBeGreaterThanOrEqual(bar.y + bar.height);
  expect(heading.y + heading.height, 'the heading ends on screen').toBeLessThanOrEqual(bottom);
  expect(passage.y, 'the quote starts below the bar').toBeGreaterThanOrEqual(bar.y + bar.height);
  expect(passage.y + Math.min(passage.height, 20), 'the quote starts on screen').toBeLessThanOrEqual(bottom);
}

describe('the timeline and what it is read with stay on screen together', () => {
  it('on a desktop, clicking a mark shows its first quote beside the selected mark', async () => {
    const app = await openApp('?date=2019-11-28');
    await app.page.locator('.timeline [data-event-id="gsomia-extension"]').click();
    const selected = app.page.locator('.timeline [data-event-id="gsomia-extension"][aria-pressed="true"]');
    await expect.poll(() => onScreen(app.page, panelOf(app.page).locator('.citation mark').first())).toBe(true);
    expect(await onScreen(app.page, selected)).toBe(true);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  for (const id of ['gsomia-extension', 'japanese-colonial-rule']) {
    it(`on a desktop, opening ?event=${id} shows the panel's heading clear of its sticky bar, and its first quote`, async () => {
      const app = await openApp(`?event=${id}`);
      await expectHeadingAndQuote(app.page);
      expect(app.errors).toEqual([]);
      await app.close();
    });
  }

  it('on a desktop at the full range, a mark clicked leaves the source panel room for its heading, date and first citation', async () => {
    for (const [id, reducedMotion] of [
      ['japanese-colonial-rule', 'no-preference'],
      ['pact-1965', 'reduce'],
    ] as const) {
      const app = await openApp('', { reducedMotion });
      const mark = app.page.locator(`.timeline [data-event-id="${id}"]`);
      await settled(mark);
      await mark.click();
      // The frame is at its cap (9 lanes): the citation's text starts on screen; its highlight may follow it below.
      await expectHeadingAndQuote(app.page, '.citation .quote-in-context');
      expect(await onScreen(app.page, mark), `${id}: the selected mark`).toBe(true);
      expect(app.errors).toEqual([]);
      await app.close();
    }
  });

  it('on a desktop, a highlight in the article and the mark it selects are both on screen', async () => {
    const app = await openApp('?date=1930');
    const rif = app.page.getByRole('button', { name: 'Read in full: The Korea Herald, 8 September 2023' });
    await settled(rif);
    expect(await app.page.evaluate(() => scrollY)).toBe(0);
    await rif.click();
    const passage = app.page.getByRole('link', { name: /In June, South Korea and Japan vowed/ });
    // The article has opened when its headline takes focus.
    await app.page.waitForFunction(() => document.activeElement?.id === 'article-heading');
    // Scroll the article as a reader would, with the wheel over it, until the passage is in sight.
    const body = await app.page.locator('.article-body').boundingBox();
    if (!body) throw new Error('no article body');
    await app.page.mouse.move(body.x + 40, Math.min(body.y + 40, 760));
    for (let i = 0; i < 40 && !(await onScreen(app.page, passage)); i++) await app.page.mouse.wheel(0, 80);
    const before = await app.page.evaluate(() => scrollY);
    await passage.click();
    expect(await app.page.evaluate(() => scrollY), 'the click needed no scrolling of the page').toBe(before);
    const selected = app.page.locator('.timeline [data-event-id="currency-swap-pledge"][aria-pressed="true"]');
    await selected.waitFor();
    await expect.poll(() => onScreen(app.page, selected), { timeout: 5000, message: 'the selected mark' }).toBe(true);
    await expect.poll(() => onScreen(app.page, passage), { timeout: 5000, message: 'the passage' }).toBe(true);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('on a desktop, a few Tabs lead from a mark to its source, and the timeline stays on screen', async () => {
    const app = await openApp('?date=2019-11-28');
    const mark = app.page.locator('.timeline [data-event-id="gsomia-extension"]');
    await mark.focus();
    await app.page.keyboard.press('Enter');
    const show = panelOf(app.page).getByRole('button', { name: 'Show in the article' });
    await show.waitFor();
    let tabs = 0;
    while (!(await show.evaluate((el) => el === document.activeElement)) && tabs < 10) {
      await app.page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThanOrEqual(6);
    // Focus moved into the sticky column without carrying the page (and the timeline) away.
    expect(await app.page.evaluate(() => scrollY)).toBe(0);
    expect(await onScreen(app.page, mark)).toBe(true);
    expect(await onScreen(app.page, show)).toBe(true);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('on a phone, the mark just tapped stays in sight above the sheet', async () => {
    const app = await openApp('?date=2019-11-28', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await app.page.locator('.timeline [data-event-id="gsomia-extension"]').tap();
    const panel = panelOf(app.page);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).count()).toBe(1);
    const sheetTop = async () => (await panel.boundingBox())?.y ?? 0;
    const selected = app.page.locator('.timeline [data-event-id="gsomia-extension"][aria-pressed="true"]');
    await expect.poll(async () => onScreen(app.page, selected, await sheetTop())).toBe(true);
    // The whole frame of the timeline is clear of the sheet, so the reader can keep exploring it.
    await expect.poll(async () => onScreen(app.page, app.page.getByRole('region', { name: /Timeline/ }), await sheetTop())).toBe(true);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('the article on a phone', () => {
  it('a highlight tapped low on the screen moves up clear of the sheet it opens', async () => {
    const app = await openApp('', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await app.page.getByRole('button', { name: 'Read in full: The Korea Herald, 8 September 2023' }).tap();
    const passage = app.page.getByRole('link', { name: /In June, South Korea and Japan vowed/ });
    await passage.waitFor();
    // The passage sits in the lower part of the screen, where the sheet will open.
    await passage.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 20));
    await passage.tap();
    const panel = panelOf(app.page);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).count()).toBe(1);
    const sheetTop = async () => (await panel.boundingBox())?.y ?? 0;
    await expect.poll(async () => onScreen(app.page, passage, await sheetTop()), { timeout: 3000 }).toBe(true);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('printing', () => {
  it('gives the selected event’s citation and the events list, black on white, without the screen controls', async () => {
    const app = await openApp('?event=gsomia-extension', { colorScheme: 'dark' });
    await app.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const panel = panelOf(app.page);
    await expect(panel.locator('figcaption').first().isVisible()).resolves.toBe(true);
    await expect(panel.locator('.citation mark').first().isVisible()).resolves.toBe(true);
    await expect(app.page.getByRole('region', { name: 'Events' }).getByRole('listitem').first().isVisible()).resolves.toBe(true);
    // Nothing to press on paper: only the list's entries remain, as text.
    const controls = await app.page
      .locator('button, input, [role="region"][aria-label*="Timeline"]')
      .evaluateAll((els) =>
        els
          .filter((el) => el.getClientRects().length > 0 && !el.closest('[data-event-id]'))
          .map((el) => el.getAttribute('aria-label') ?? el.textContent),
      );
    expect(controls).toEqual([]);
    // The count says how many events there are, not what a timeline that is not on paper shows.
    await expect(app.page.locator('.events-count').innerText()).resolves.toBe(`${dataset.events.length} events`);
    const colours = await app.page.evaluate(() => {
      const of = (el: Element | null) => (el ? getComputedStyle(el) : undefined);
      return {
        page: of(document.body)?.backgroundColor,
        text: of(document.querySelector('.panel-title'))?.color,
        entry: of(document.querySelector('.event-title'))?.color,
      };
    });
    expect(colours).toEqual({ page: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)', entry: 'rgb(0, 0, 0)' });
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
