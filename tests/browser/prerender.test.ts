import { afterAll, describe, expect, it } from 'vitest';
import { eventPagePath } from '../../src/url/eventPage';
import { appUrl, connectBrowser, disconnectBrowser, openApp } from './harness';
import { dataset, eventTitle, selectedInList, sourcePanel } from './linkHelpers';

afterAll(disconnectBrowser);

/** A page read as a reader (or a crawler) without JavaScript reads it. */
async function openWithoutScripts(path: string) {
  const browser = await connectBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const response = await page.goto(appUrl('', path));
  return { page, status: response?.status(), close: () => context.close() };
}

/** Whitespace as a reader sees it: the page's text with runs of spaces and line breaks made one space. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ');

describe('without JavaScript the prerendered pages are the site', () => {
  it('index.html shows every event with its date and every quote with its source', async () => {
    const { page, close } = await openWithoutScripts('index.html');
    const text = squeeze(await page.locator('body').innerText());
    for (const event of dataset.events) {
      expect(text).toContain(event.title);
      for (const citation of event.citations) expect(text).toContain(squeeze(citation.quote));
    }
    for (const source of dataset.sources) expect(text).toContain(source.headline);
    // About the data is open to read, and no control that needs the app is on show.
    await expect(page.getByRole('heading', { name: 'About the data' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(false);
    await close();
  });

  it.each(['gsomia-extension', 'forced-labor-rulings'])('events/%s.html shows that event in its source panel', async (id) => {
    const { page, status, close } = await openWithoutScripts(eventPagePath(id));
    expect(status).toBe(200);
    const panel = squeeze(await sourcePanel(page).innerText());
    expect(panel).toContain(eventTitle(id));
    const event = dataset.events.find((e) => e.id === id);
    for (const citation of event?.citations ?? []) expect(panel).toContain(squeeze(citation.quote));
    await close();
  });

  it('every event page loads its styles from one folder up', async () => {
    const first = dataset.events[0];
    expect(first).toBeDefined();
    const { page, close } = await openWithoutScripts(eventPagePath(first?.id ?? ''));
    const font = await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily);
    expect(font).toContain('system-ui');
    const noscriptStyles = await page.evaluate(() => getComputedStyle(document.querySelector('.layout-timeline') ?? document.body).display);
    expect(noscriptStyles).toBe('none');
    await close();
  });
});

describe('every event page says what it is about', () => {
  it.each(dataset.events.map((e) => e.id))('events/%s.html names its event and quotes it in its meta tags', async (id) => {
    const { page, close } = await openWithoutScripts(eventPagePath(id));
    const event = dataset.events.find((e) => e.id === id);
    const quote = event?.citations[0]?.quote ?? '';
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    await expect(page.title()).resolves.toContain(eventTitle(id));
    await expect(meta('meta[property="og:title"]')).resolves.toContain(eventTitle(id));
    await expect(meta('meta[name="description"]')).resolves.toMatch(new RegExp(`^“${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`));
    await expect(meta('meta[property="og:description"]')).resolves.toMatch(
      new RegExp(`^“${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`),
    );
    await expect(meta('meta[property="og:type"]')).resolves.toBe('article');
    await expect(meta('meta[name="twitter:card"]')).resolves.toBe('summary_large_image');
    await expect(meta('meta[http-equiv="Content-Security-Policy"]')).resolves.toContain("script-src 'self'");
    await close();
  });
});

/**
 * The layout shifts from the start of the page's life, summed as Chromium's CLS counts them, once two more frames
 * have been drawn (a shift is reported with the frame that shows it). The observer hands over its buffered entries
 * at once (takeRecords), so none is missed and nothing is waited for.
 */
const layoutShift = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const observer = new PerformanceObserver(() => {});
        observer.observe({ type: 'layout-shift', buffered: true });
        const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
        observer.disconnect();
        resolve(entries.filter((entry) => !entry.hadRecentInput).reduce((total, entry) => total + entry.value, 0));
      }),
    ),
  );

describe('with JavaScript the app takes over the prerendered page', () => {
  it.each([
    ['index.html', ''],
    ['an event page', eventPagePath('gsomia-extension')],
  ])('%s hydrates with no warning or error, and nothing moves', async (_, path) => {
    const browser = await connectBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const said: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'warning' || msg.type() === 'error') said.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => said.push(`uncaught: ${error.message}`));
    await page.goto(appUrl('', path));
    // The server's first entry is still the one on the page once the app runs: hydrated, not replaced.
    const firstEntry = await page.evaluate(() => document.querySelector('.event-entry'));
    expect(firstEntry).not.toBeNull();
    // The app has drawn the timeline, and then fetched all it fetches by itself (an event page: the relations).
    await page.waitForSelector('.timeline-marks [data-event-id]');
    await page.waitForLoadState('networkidle');
    await expect(page.evaluate(layoutShift)).resolves.toBe(0);
    expect(said).toEqual([]);
    await context.close();
  });

  it.each([
    ['index.html', ''],
    ['an event page', eventPagePath('gsomia-extension')],
  ])('%s is on screen before the app runs, so the app never holds back the first paint', async (_, path) => {
    const app = await openApp('', { path });
    await app.page.waitForSelector('.timeline-marks [data-event-id]');
    const [painted, started] = await app.page.evaluate(() =>
      ['first-contentful-paint', 'timeline:app-start'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? null),
    );
    expect(painted).not.toBeNull();
    expect(started).not.toBeNull();
    expect(started).toBeGreaterThan(painted ?? Infinity);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('an event page opens with its event selected, and its query links still work', async () => {
    const app = await openApp('', { path: eventPagePath('gsomia-extension') });
    await expect(selectedInList(app.page)).resolves.toEqual(['gsomia-extension']);
    await app.close();
    const other = dataset.events.find((e) => e.id !== 'gsomia-extension')?.id ?? '';
    const linked = await openApp(`?event=${other}`, { path: eventPagePath('gsomia-extension') });
    await expect.poll(() => selectedInList(linked.page)).toEqual([other]);
    expect(linked.errors).toEqual([]);
    await linked.close();
  });
});

describe("the reader's stored colour scheme", () => {
  it('is applied by the page itself, before the app has started', async () => {
    const browser = await connectBrowser();
    const context = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => localStorage.setItem('timeline-theme', 'dark'));
    // The app never starts: what is drawn is the prerendered page and the head's own scripts.
    await context.route('**/start.js', (route) => route.abort());
    const page = await context.newPage();
    for (const path of ['index.html', eventPagePath('pact-1965')]) {
      await page.goto(appUrl('', path));
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const channels = (background.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      expect(channels, `${path}: background ${background}`).toHaveLength(3);
      for (const channel of channels) expect(channel, `${path}: background ${background}`).toBeLessThan(80);
    }
    await context.close();
  });
});
