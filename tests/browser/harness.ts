import { type Browser, type BrowserContextOptions, type Page, chromium } from 'playwright-core';
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
