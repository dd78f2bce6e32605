import { type Browser, type BrowserContextOptions, type Locator, type Page, chromium } from 'playwright-core';
import { inject } from 'vitest';

export interface OpenedPage {
  readonly page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  readonly errors: string[];
  /** Requests to any origin other than the app's own. */
  readonly foreignRequests: string[];
  close(): Promise<void>;
}

let browser: Browser | undefined;

/** The shared Chromium that globalSetup started. */
export async function connectBrowser(): Promise<Browser> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  return browser;
}

export async function disconnectBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export const appUrl = (query = '', path = ''): string => new URL(path + query, inject('baseURL')).href;

/**
 * Opens the production build in a fresh context (its own storage, zone and screen), and records every
 * error and every request that leaves the app's origin.
 */
export async function openApp(query = '', options: BrowserContextOptions & { path?: string } = {}): Promise<OpenedPage> {
  const { path = '', ...contextOptions } = options;
  const b = await connectBrowser();
  const context = await b.newContext({ viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Seoul', ...contextOptions });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(inject('baseURL')).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await page.goto(appUrl(query, path));
  await page.waitForSelector('[data-event-id]');
  return { page, errors, foreignRequests, close: () => context.close() };
}

/** Where an element is drawn; throws, naming it, when it is not drawn at all, so a missing box cannot pass. */
export async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${String(locator)} is not drawn`);
  return box;
}

/**
 * Waits until `read` gives the same answer twice, `quietMs` apart, and returns it: what the page shows has
 * stopped changing (a glide ended, the layout settled, the URL was written). Fails with the last answer.
 */
export async function untilStill<T>(read: () => Promise<T>, quietMs = 150, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify(await read());
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const value = await read();
    const now = JSON.stringify(value);
    if (now === last) return value;
    if (Date.now() > deadline) throw new Error(`still changing after ${timeoutMs} ms: ${now.slice(0, 300)}`);
    last = now;
  }
}
