import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import ja from '../../src/data/translations/ja.json';
import ko from '../../src/data/translations/ko.json';
import { japaneseI18n, koreanI18n } from '../../src/testing/englishI18n';
import { eventPagePath } from '../../src/url/eventPage';
import { appUrl, connectBrowser, disconnectBrowser, openApp } from './harness';
import { dataset, selectedInList } from './linkHelpers';

/**
 * The Korean and Japanese pages the build writes beside the English ones (ko/…, ja/…): each in its language with
 * JavaScript on and off, quotes as printed in English, and its versions in every language named in its head.
 */
afterAll(disconnectBrowser);

const squeeze = (text: string) => text.replace(/\s+/g, ' ');
/** The source panel, by its Japanese name. */
const japanesePanel = (page: Page) =>
  page
    .getByRole('region', { name: japaneseI18n.t('panel.name') })
    .or(page.getByRole('complementary', { name: japaneseI18n.t('panel.name') }));
const quoteOf = (id: string) => dataset.events.find((e) => e.id === id)?.citations[0]?.quote ?? '';

/** A page as a reader (or a crawler) without JavaScript reads it. */
async function openWithoutScripts(path: string) {
  const browser = await connectBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const response = await page.goto(appUrl('', path));
  return { page, status: response?.status(), close: () => context.close() };
}

/** What a page's head says of its language and its versions, read as a crawler reads it. */
async function headOf(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    locale: document.querySelector('meta[property="og:locale"]')?.getAttribute('content') ?? null,
    localeAlternates: [...document.querySelectorAll('meta[property="og:locale:alternate"]')].map((m) => m.getAttribute('content')),
    // Resolved against the page, as a crawler follows them.
    alternates: Object.fromEntries(
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((l) => [l.hreflang, l.href]),
    ),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
  }));
}

const LOCALE = { en: 'en_GB', ko: 'ko_KR', ja: 'ja_JP' } as const;

describe('without JavaScript, the Korean and Japanese pages are the site in their language', () => {
  it('ko/index.html lists every event by its Korean title with its Korean date, every quote as printed, marked English', async () => {
    const { page, status, close } = await openWithoutScripts('ko/index.html');
    expect(status).toBe(200);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ko');
    const text = squeeze(await page.locator('body').innerText());
    expect(text).toContain(koreanI18n.t('noscript.heading'));
    for (const event of dataset.events) {
      expect(text).toContain(ko.events[event.id as keyof typeof ko.events].title);
      for (const citation of event.citations) expect(text).toContain(squeeze(citation.quote));
    }
    expect(text).toContain('2019년 11월 22일 · 발생');
    const quotes = await page.locator('.noscript-reading blockquote').evaluateAll((els) => els.map((el) => el.getAttribute('lang')));
    expect(new Set(quotes)).toEqual(new Set(['en']));
    // Its links lead to the Korean event pages.
    const first = await page.locator('.noscript-reading h3 a').first().getAttribute('href');
    expect(new URL(first ?? '', page.url()).pathname).toMatch(/\/ko\/events\/[^/]+\.html$/);
    // About the data is open to read, in Korean; the styles load from the site's root.
    await expect(page.getByRole('heading', { name: koreanI18n.t('about.title') }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: koreanI18n.t('share.copyLink') }).isVisible()).resolves.toBe(false);
    await close();
  });

  it('ja/events/gsomia-extension.html shows its event in Japanese, dated 2019年11月22日, its quote verbatim in English', async () => {
    const { page, status, close } = await openWithoutScripts(eventPagePath('gsomia-extension', 'ja'));
    expect(status).toBe(200);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('ja');
    const panel = squeeze(await japanesePanel(page).innerText());
    expect(panel).toContain(ja.events['gsomia-extension'].title);
    expect(panel).toContain('2019年11月22日');
    expect(panel).toContain(squeeze(quoteOf('gsomia-extension')));
    await expect(page.title()).resolves.toBe(`${ja.events['gsomia-extension'].title}（2019年11月22日）· ${ja.title}`);
    // Two folders down, its stylesheets still load: the noscript sheet hides the timeline's frame.
    const frame = await page.evaluate(() => getComputedStyle(document.querySelector('.layout-timeline') ?? document.body).display);
    expect(frame).toBe('none');
    await close();
  });
});

describe('each page names its versions in every language, and they agree', () => {
  it.each([
    ['the timeline', { en: 'index.html', ko: 'ko/index.html', ja: 'ja/index.html' }],
    [
      'gsomia-extension',
      { en: eventPagePath('gsomia-extension'), ko: eventPagePath('gsomia-extension', 'ko'), ja: eventPagePath('gsomia-extension', 'ja') },
    ],
  ] as const)('%s: hreflang, og:locale and JSON-LD inLanguage in each version', async (_, paths) => {
    const browser = await connectBrowser();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // The English timeline's own address is its folder (the site's root), as links to it are written.
    const expected = {
      en: appUrl('', paths.en === 'index.html' ? '' : paths.en),
      ko: appUrl('', paths.ko.replace(/index\.html$/, '')),
      ja: appUrl('', paths.ja.replace(/index\.html$/, '')),
    };
    for (const language of ['en', 'ko', 'ja'] as const) {
      const response = await page.goto(appUrl('', paths[language]));
      expect(response?.status()).toBe(200);
      const head = await headOf(page);
      expect(head.lang).toBe(language);
      expect(head.locale).toBe(LOCALE[language]);
      expect(head.localeAlternates.sort()).toEqual(
        (['en', 'ko', 'ja'] as const)
          .filter((l) => l !== language)
          .map((l) => LOCALE[l])
          .sort(),
      );
      expect(head.alternates).toEqual({ ...expected, 'x-default': expected.en });
      expect(head.jsonLd).toHaveLength(1);
      const data = JSON.parse(head.jsonLd[0] ?? '') as { inLanguage?: string; '@graph'?: { inLanguage: string }[] };
      expect(data.inLanguage ?? data['@graph']?.[0]?.inLanguage).toBe(language);
    }
    // Every alternate is a page of the build, in the language it is named for.
    for (const [hreflang, href] of Object.entries(expected)) {
      const response = await page.goto(href);
      expect(response?.status(), href).toBe(200);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(hreflang);
    }
    await context.close();
  });

  it('the JSON-LD of a Japanese event page parses: the event in Japanese, its sources and quotes in English as printed', async () => {
    const { page, close } = await openWithoutScripts(eventPagePath('gsomia-extension', 'ja'));
    const [json] = (await headOf(page)).jsonLd;
    const data = JSON.parse(json ?? '') as {
      about: { name: string; startDate: string };
      citation: { inLanguage: string; headline: string; hasPart: { inLanguage: string; text: string }[] }[];
    };
    expect(data.about).toMatchObject({ name: ja.events['gsomia-extension'].title, startDate: '2019-11-22' });
    expect(data.citation.map((c) => c.inLanguage)).toEqual(data.citation.map(() => 'en'));
    expect(data.citation.flatMap((c) => c.hasPart.map((q) => q.text))).toContain(quoteOf('gsomia-extension'));
    await close();
  });
});

describe('with JavaScript, the app on a Korean or Japanese page speaks its language', () => {
  it.each([
    ['ko/index.html', 'ko', koreanI18n],
    [eventPagePath('gsomia-extension', 'ja'), 'ja', japaneseI18n],
  ] as const)('%s hydrates in its language without ?lang, with no warning and nothing moved', async (path, language, words) => {
    const browser = await connectBrowser();
    // An English-speaking browser: the page's folder decides, not the browser's languages.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    const said: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'warning' || msg.type() === 'error') said.push(`${msg.type()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => said.push(`uncaught: ${error.message}`));
    await page.goto(appUrl('', path));
    const firstEntry = await page.evaluate(() => document.querySelector('.event-entry'));
    expect(firstEntry).not.toBeNull();
    await page.waitForSelector('.timeline-marks [data-event-id]');
    await page.waitForLoadState('networkidle');
    // Hydrated onto the prerendered markup: the first entry is still the server's.
    expect(await page.evaluate(() => document.querySelector('.event-entry')?.isConnected)).toBe(true);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(language);
    await expect(page.getByRole('button', { name: words.t('share.copyLink') }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: words.t('list.heading'), exact: true }).count()).resolves.toBeGreaterThan(0);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const observer = new PerformanceObserver(() => {});
              observer.observe({ type: 'layout-shift', buffered: true });
              const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
              observer.disconnect();
              resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
            }),
          ),
        ),
    );
    expect(shift).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(said).toEqual([]);
    await context.close();
  });

  it('a Japanese event page opens with its event selected; an explicit ?lang=en there still wins', async () => {
    const app = await openApp('', { path: eventPagePath('gsomia-extension', 'ja') });
    await expect(selectedInList(app.page)).resolves.toEqual(['gsomia-extension']);
    await expect(japanesePanel(app.page).innerText()).resolves.toContain('2019年11月22日');
    await app.close();
    const english = await openApp('?lang=en', { path: 'ko/index.html' });
    await expect(english.page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(english.page.getByRole('button', { name: 'Copy link' }).isVisible()).resolves.toBe(true);
    expect(english.errors).toEqual([]);
    await english.close();
  });
});
