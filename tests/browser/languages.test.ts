import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/i18n/catalogue';
import { en } from '../../src/i18n/catalogues/en';
import { ja } from '../../src/i18n/catalogues/ja';
import { ko } from '../../src/i18n/catalogues/ko';
import { datasetFiles } from '../../src/testing/realDataset';
import { disconnectBrowser, openApp } from './harness';
import { eventsById, searchOf, selectFromList, settledUrl } from './linkHelpers';

afterAll(disconnectBrowser);

/**
 * The timeline in Korean and Japanese, on the production build: its own words from the language's catalogue,
 * dates as Intl writes them in it at the event's precision, and the sources' words as printed, in English.
 */
const LANGUAGES = {
  ko: { catalogue: ko, intl: 'ko-KR', extension: '2019년 11월 22일' },
  ja: { catalogue: ja, intl: 'ja-JP', extension: '2019年11月22日' },
} as const;

/** A message of the catalogue with its placeholders filled. */
function filled(catalogue: Catalogue, key: keyof Catalogue, params: Record<string, string | number> = {}): string {
  const message = catalogue[key];
  const text = typeof message === 'string' ? message : (message as Record<string, string>).other;
  return (text ?? '').replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
}

const intlDate = (locale: string, iso: string): string => {
  const [y = 0, m = 1, d] = iso.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions =
    d === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
};

const pageLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);
const panel = (page: Page) => page.locator('aside.source-panel');
const panelDate = (page: Page) => panel(page).locator('.event-facts dd').first().innerText();

describe.each(Object.entries(LANGUAGES))('the timeline in %s, in the production build', (language, { catalogue, intl, extension }) => {
  it('speaks the language in its header, controls and legend', async () => {
    const { page, errors, close } = await openApp(`?lang=${language}`);
    expect(await pageLanguage(page)).toBe(language);
    await expect(page.getByRole('searchbox', { name: filled(catalogue, 'search.label') }).count()).resolves.toBe(1);
    await expect(page.getByRole('searchbox').getAttribute('placeholder')).resolves.toBe(filled(catalogue, 'search.placeholder'));
    const legend = await page.locator('.legend').innerText();
    for (const key of ['legend.period', 'legend.bounded', 'legend.ongoing', 'legend.tentative'] as const) {
      expect(legend).toContain(filled(catalogue, key));
    }
    expect(await page.locator('.events-count').innerText()).toMatch(
      new RegExp(`^${filled(catalogue, 'list.count', { count: eventsById.size })}`),
    );
    // No English sentence of the catalogue is left on the first screen (each language's own name aside).
    const body = await page.locator('body').innerText();
    for (const key of ['legend.period', 'panel.empty', 'list.heading', 'search.label'] as const)
      expect(body).not.toContain(filled(en, key));
    expect(errors).toEqual([]);
    await close();
  });

  it(`writes gsomia-extension's date as ${extension} and its quote as printed, in English`, async () => {
    const { page, errors, close } = await openApp(`?lang=${language}&event=gsomia-extension`);
    await expect.poll(() => panelDate(page)).toContain(extension);
    const event = eventsById.get('gsomia-extension');
    const quotes = await panel(page)
      .locator('blockquote')
      .evaluateAll((els) => els.map((el) => ({ lang: el.getAttribute('lang'), text: el.textContent ?? '' })));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.lang).toBe('en');
    // The quote itself stands word for word in what the panel shows, and in its article.
    const article = Object.values(datasetFiles.texts).join('\n');
    for (const citation of event?.citations ?? []) {
      expect(quotes.some((q) => q.text.replace(/\s+/g, ' ').includes(citation.quote.replace(/\s+/g, ' ')))).toBe(true);
      expect(article).toContain(citation.quote);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('writes a month-precise date as the month, with no day', async () => {
    const { page, close } = await openApp(`?lang=${language}&event=gsomia-signed`);
    const month = intlDate(intl, '2016-11');
    await expect.poll(() => panelDate(page)).toContain(month);
    const shown = await panelDate(page);
    expect(shown).not.toMatch(language === 'ko' ? /2016년 11월 \d+일/ : /2016年11月\d+日/);
    // The list's entry and the mark's name agree.
    const entry = await page.locator('.events-list [data-event-id="gsomia-signed"]').innerText();
    expect(entry).toContain(month);
    await close();
  });

  it('reads a date known only by its bounds as one whole phrase of the language', async () => {
    const { page, close } = await openApp(`?lang=${language}&event=dispute-spreads-trade-security`);
    const phrase = filled(catalogue, 'date.between', { from: intlDate(intl, '2018-10'), to: intlDate(intl, '2019-11-29') });
    await expect.poll(() => panelDate(page)).toContain(phrase);
    await close();
  });

  it('keeps the language through Back and Forward, a copied link and the embed', async () => {
    const { page, errors, close } = await openApp(`?lang=${language}`, { permissions: ['clipboard-read', 'clipboard-write'] });
    await selectFromList(page, 'gsomia-extension');
    await expect.poll(() => panelDate(page)).toContain(extension);
    await settledUrl(page);
    await page.goBack();
    await expect.poll(() => panel(page).locator('.panel-title').count()).toBe(0);
    expect(await pageLanguage(page)).toBe(language);
    await page.goForward();
    await expect.poll(() => panelDate(page)).toContain(extension);
    expect(await pageLanguage(page)).toBe(language);

    // The link Copy link gives opens the same event in the same language for whoever follows it.
    // The clipboard is the browser's, shared by every page: emptied first, so that only this copy can fill it.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.getByRole('button', { name: filled(catalogue, 'share.copyLink') }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const follower = await page.context().newPage();
    await follower.goto(copied);
    await follower.waitForSelector('[data-event-id]');
    expect(await pageLanguage(follower)).toBe(language);
    await expect.poll(() => panelDate(follower)).toContain(extension);
    await follower.close();

    // The embed code's frame speaks it too.
    await page.getByRole('button', { name: filled(catalogue, 'share.embed') }).click();
    const code = await page.locator('.embed-code textarea, dialog textarea').first().inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&');
    expect(src).toBeDefined();
    const framed = await page.context().newPage();
    await framed.goto(new URL(src ?? '', copied).href);
    await framed.waitForSelector('[data-event-id]');
    expect(await pageLanguage(framed)).toBe(language);
    await expect.poll(() => framed.locator('.source-panel').innerText()).toContain(extension);
    await framed.close();
    expect(errors).toEqual([]);
    await close();
  });

  it('opens the embed in the language its link names', async () => {
    const { page, errors, close } = await openApp(`?lang=${language}&event=gsomia-extension`, { path: 'embed.html' });
    expect(await pageLanguage(page)).toBe(language);
    await expect.poll(() => page.locator('.source-panel').innerText()).toContain(extension);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a language the timeline is not written in', () => {
  it('gives a notice and the timeline in English', async () => {
    const { page, errors, close } = await openApp('?lang=xx&event=gsomia-extension');
    expect(await pageLanguage(page)).toBe('en');
    await expect(page.getByText(filled(en, 'notice.lang.unknown', { value: 'xx' })).count()).resolves.toBe(1);
    await expect.poll(() => panelDate(page)).toContain('22 November 2019');
    expect(new URLSearchParams(searchOf(page)).get('event')).toBe('gsomia-extension');
    expect(errors).toEqual([]);
    await close();
  });
});
