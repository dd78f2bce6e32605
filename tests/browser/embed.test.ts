import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, connectBrowser, disconnectBrowser } from './harness';
import { eventTitle } from './linkHelpers';

/**
 * An article on another site: a different host name and port from the build's server. It frames the
 * embed and keeps every height message it receives, with the message's origin.
 */
const hostPage = (src: string) => `<!doctype html><html><head><title>An article</title></head><body style="max-width: 700px">
<h1>An article about the timeline</h1>
<iframe id="timeline" src="${src}" title="Timeline" style="width: 100%; height: 300px; border: 0"></iframe>
<p style="height: 2000px">More of the article.</p>
<script>
  window.heights = [];
  addEventListener('message', (e) => {
    if (e.data && e.data.type === 'timeline:height') {
      window.heights.push({ origin: e.origin, height: e.data.height });
      document.getElementById('timeline').style.height = e.data.height + 'px';
    }
  });
</script></body></html>`;

let host: Server;
let hostUrl = '';

beforeAll(async () => {
  host = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(appUrl('?event=gsomia-extension', 'embed.html'))),
  );
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/article.html`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => host.close(() => resolve()));
  await disconnectBrowser();
});

async function openArticle(
  options: { reducedMotion?: 'reduce' } = {},
): Promise<{ page: Page; frame: Frame; errors: string[]; close: () => Promise<void> }> {
  const browser = await connectBrowser();
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(hostUrl);
  const handle = await page.waitForSelector('#timeline');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the article has no timeline frame');
  await frame.waitForSelector('.timeline-marks [data-event-id]');
  return { page, frame, errors, close: () => context.close() };
}

const heights = (page: Page) => page.evaluate(() => (window as unknown as { heights: { origin: string; height: number }[] }).heights);
const embedHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('.embed')?.getBoundingClientRect().height ?? 0));
/** The height the host gave the frame, and the height the frame last reported. */
const hostSide = (page: Page) =>
  page.evaluate(() => ({
    frame: document.getElementById('timeline')?.getBoundingClientRect().height ?? 0,
    reported: (window as unknown as { heights: { height: number }[] }).heights.at(-1)?.height ?? 0,
  }));
/** The embed's height at each of the frame's next `frames` animation frames: a frame that keeps resizing shows here. */
const heightsOverFrames = (frame: Frame, frames: number) =>
  frame.evaluate(
    (n) =>
      new Promise<number[]>((resolve) => {
        const seen: number[] = [];
        const tick = () => {
          seen.push(Math.ceil(document.querySelector('.embed')?.getBoundingClientRect().height ?? 0));
          if (seen.length < n) requestAnimationFrame(tick);
          else resolve(seen);
        };
        requestAnimationFrame(tick);
      }),
    frames,
  );

/**
 * How many entries the tab's history holds, the frame's included, as the browser keeps them: a page's own
 * `history.length` learns of a frame's entries only later.
 */
async function historyEntries(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { entries } = await cdp.send('Page.getNavigationHistory');
  await cdp.detach();
  return entries.length;
}

describe('the embed on another site', () => {
  it('runs in a frame of a page on another origin and tells it its height', async () => {
    const { page, frame, errors, close } = await openArticle();
    expect(new URL(hostUrl).origin).not.toBe(new URL(appUrl()).origin);
    await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
    const first = (await heights(page))[0];
    expect(first?.origin).toBe(new URL(appUrl()).origin);
    // The host sized the frame by the messages: the last one is the content's height now.
    await expect.poll(async () => (await heights(page)).at(-1)?.height).toBe(await embedHeight(frame));
    await expect.poll(() => frame.getByRole('complementary', { name: /Source/ }).innerText()).toContain(eventTitle('gsomia-extension'));
    // The last of its content to arrive, the event's relations, is in; then the host has sized the frame to it.
    await frame.locator('[data-relation]').first().waitFor();
    const settled = await embedHeight(frame);
    await expect.poll(() => hostSide(page)).toEqual({ frame: settled, reported: settled });
    const count = (await heights(page)).length;
    // Sized to its content, the frame stays that size: no room below the source panel grows with it, frame after frame.
    const gap = await frame.evaluate(() => {
      const embed = document.querySelector('.embed')?.getBoundingClientRect();
      const panel = document.querySelector('.source-panel')?.getBoundingClientRect();
      return embed && panel ? embed.bottom - panel.bottom : NaN;
    });
    expect(gap).toBeLessThan(40);
    expect(await heightsOverFrames(frame, 30)).toEqual(Array.from({ length: 30 }, () => settled));
    expect(await hostSide(page)).toEqual({ frame: settled, reported: settled });
    expect((await heights(page)).length).toBe(count);
    expect(errors).toEqual([]);
    await close();
  });

  it('opening two events inside the frame adds nothing to the host page’s history', async () => {
    const { page, frame, close } = await openArticle();
    const before = await historyEntries(page);
    const lengthBefore = await page.evaluate(() => history.length);
    const marks = await frame
      .locator('.timeline-marks [data-event-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
    const others = marks.filter((id) => id !== 'gsomia-extension').slice(0, 2);
    expect(others).toHaveLength(2);
    for (const id of others) {
      await frame.locator(`.timeline-marks [data-event-id="${id}"]`).click();
      await expect.poll(() => frame.getByRole('complementary', { name: /Source/ }).innerText()).toContain(eventTitle(id));
      // The frame's own address follows what it shows, by replacing its entry.
      await expect.poll(() => new URL(frame.url()).searchParams.get('event')).toBe(id);
    }
    // Each selection has been written to the frame's address (above): had it added an entry, the browser would hold it.
    expect(await historyEntries(page)).toBe(before);
    await expect(page.evaluate(() => history.length)).resolves.toBe(lengthBefore);
    // Its height changed with the sources shown, and the host heard of it.
    await expect.poll(async () => (await heights(page)).at(-1)?.height).toBe(await embedHeight(frame));
    await close();
  });

  it('links to the full timeline on the same view, in a new tab', async () => {
    const { page, frame, close } = await openArticle();
    const link = frame.getByRole('link', { name: /Open the full timeline/ });
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab.waitForSelector('.events-list [aria-current="true"]');
    expect(tab.url()).toBe(appUrl('', 'events/gsomia-extension.html'));
    await close();
  });

  it('keeps the keys it handles to itself: the arrow keys pan its timeline, not the article', async () => {
    // Without motion each key's move is whole when it is made: a quick '-' after '+' builds on where '+' was going,
    // so with glides a snapshot taken mid-glide could equal where the two presses end.
    const { page, frame, close } = await openArticle({ reducedMotion: 'reduce' });
    await frame.locator('.timeline-frame').focus();
    const scrolled = await page.evaluate(() => scrollY);
    /** Where the view starts, as the overview's slider tells it (ms); a zoom about the middle moves it too. */
    const start = async () => Number(await frame.locator('.overview-window').getAttribute('aria-valuenow'));
    const moves: [string, (before: number, after: number) => boolean][] = [
      ['ArrowRight', (before, after) => after > before],
      ['ArrowLeft', (before, after) => after < before],
      ['+', (before, after) => after > before],
      ['-', (before, after) => after < before],
    ];
    for (const [key, moved] of moves) {
      const before = await start();
      await page.keyboard.press(key);
      await expect.poll(async () => moved(before, await start()), { message: key }).toBe(true);
    }
    await expect(page.evaluate(() => scrollY)).resolves.toBe(scrolled);
    await close();
  });
});
