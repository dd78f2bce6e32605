import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventPagePath } from '../../src/url/eventPage';
import { appUrl, connectBrowser, disconnectBrowser } from './harness';
import { dataset } from './linkHelpers';

/** How the site is found from outside: the JSON-LD of its pages, robots.txt, and sitemap.xml when built with SITE_URL. */
const SITE_URL = 'https://example.org/japan-korea-timeline/';
const withSite = mkdtempSync(join(tmpdir(), 'site-url-build-'));

beforeAll(async () => {
  // The build under test has no SITE_URL (npm test builds it so); this one has, into a folder of its own.
  await promisify(execFile)(
    'npx',
    ['vite', 'build', '--configLoader', 'runner', '--outDir', withSite, '--emptyOutDir', '--logLevel', 'warn'],
    {
      env: { ...process.env, SITE_URL },
    },
  );
}, 300_000);
afterAll(async () => {
  rmSync(withSite, { recursive: true, force: true });
  await disconnectBrowser();
});

/** The JSON-LD a page carries, read by a browser with scripts off, as a crawler reads it. */
async function structuredDataOf(path: string): Promise<unknown[]> {
  const browser = await connectBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(appUrl('', path));
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  await context.close();
  return texts.map((text) => JSON.parse(text) as unknown);
}

interface EventPageData {
  '@type': string;
  about: { '@type': string; name: string };
  citation: { '@type': string; headline: string; publisher: { name: string }; hasPart: { text: string }[] }[];
}

describe('structured data on the pages', () => {
  it.each(dataset.events.map((e) => e.id))(
    'events/%s.html carries JSON-LD that parses and names its event, sources and quotes',
    async (id) => {
      const event = dataset.events.find((e) => e.id === id);
      const [data, ...more] = (await structuredDataOf(eventPagePath(id))) as EventPageData[];
      expect(more).toEqual([]);
      expect(data?.['@type']).toBe('WebPage');
      expect(data?.about).toMatchObject({ '@type': 'Event', name: event?.title });
      for (const citation of event?.citations ?? []) {
        const source = dataset.sources.find((s) => s.id === citation.sourceId);
        const article = data?.citation.find((a) => a.headline === source?.headline);
        expect(article?.publisher.name).toBe(source?.publisher);
        expect(article?.hasPart.map((q) => q.text)).toContain(citation.quote);
      }
    },
  );

  it('index.html describes the site and its events as a dataset', async () => {
    const [data] = (await structuredDataOf('index.html')) as { '@graph': { '@type': string }[] }[];
    expect(data?.['@graph'].map((node) => node['@type'])).toEqual(['WebSite', 'Dataset']);
  });

  it('an event page with its JSON-LD raises no CSP violation, with the policy as strict as ever', async () => {
    const browser = await connectBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // Listening from before the page's first byte, so a violation while it is parsed is counted too.
    await context.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.sample}`));
    });
    const page = await context.newPage();
    const said: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) said.push(msg.text());
    });
    await page.goto(appUrl('', eventPagePath('gsomia-extension')));
    await page.waitForSelector('.timeline-marks [data-event-id]');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).resolves.toContain(
      "script-src 'self'",
    );
    await expect(page.locator('script[type="application/ld+json"]').count()).resolves.toBe(1);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(said).toEqual([]);
    await context.close();
  });
});

describe('robots.txt and sitemap.xml', () => {
  it('robots.txt lets every crawler in, and there is a sitemap exactly when it names one', async () => {
    const browser = await connectBrowser();
    const context = await browser.newContext();
    const robots = await context.request.get(appUrl('', 'robots.txt'));
    expect(robots.status()).toBe(200);
    const text = await robots.text();
    expect(text.split('\n').slice(0, 2)).toEqual(['User-agent: *', 'Allow: /']);
    const sitemap = await context.request.get(appUrl('', 'sitemap.xml'));
    expect(sitemap.status()).toBe(text.includes('Sitemap:') ? 200 : 404);
    await context.close();
  });

  it('built with SITE_URL, sitemap.xml is well formed and lists every page in every language with its alternates, not the embed', async () => {
    const browser = await connectBrowser();
    const page = await browser.newPage();
    const xml = readFileSync(join(withSite, 'sitemap.xml'), 'utf8');
    const read = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const urls = [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url')];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: [doc.documentElement.namespaceURI, doc.documentElement.localName],
        entries: urls.map((url) => ({
          loc: url.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')[0]?.textContent,
          alternates: Object.fromEntries(
            [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => [
              l.getAttribute('hreflang'),
              l.getAttribute('href'),
            ]),
          ),
        })),
      };
    }, xml);
    await page.close();
    expect(read.error).toBeNull();
    expect(read.root).toEqual(['http://www.sitemaps.org/schemas/sitemap/0.9', 'urlset']);
    const versions = (path: (language: 'en' | 'ko' | 'ja') => string) => {
      const at = (language: 'en' | 'ko' | 'ja') => new URL(path(language), SITE_URL).href;
      return { en: at('en'), ko: at('ko'), ja: at('ja'), 'x-default': at('en') };
    };
    const pages = [
      versions((language) => (language === 'en' ? '' : `${language}/`)),
      ...dataset.events.map((e) => versions((language) => eventPagePath(e.id, language))),
    ];
    const expected = (['en', 'ko', 'ja'] as const).flatMap((language) =>
      pages.map((alternates) => ({ loc: alternates[language], alternates })),
    );
    expect(read.entries).toEqual(expected);
    expect(readFileSync(join(withSite, 'robots.txt'), 'utf8')).toContain(`\nSitemap: ${SITE_URL}sitemap.xml\n`);
  });

  it('built with SITE_URL, a Korean event page names its canonical address and its versions absolutely', () => {
    const html = readFileSync(join(withSite, eventPagePath('gsomia-extension', 'ko')), 'utf8');
    const own = new URL(eventPagePath('gsomia-extension', 'ko'), SITE_URL).href;
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toBe(own);
    expect(/<link rel="alternate" hreflang="ko" href="([^"]+)"/.exec(html)?.[1]).toBe(own);
    expect(/<link rel="alternate" hreflang="x-default" href="([^"]+)"/.exec(html)?.[1]).toBe(
      new URL(eventPagePath('gsomia-extension'), SITE_URL).href,
    );
    expect(/<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]).toBe(`${SITE_URL}ko/og/gsomia-extension.png`);
    expect(existsSync(join(withSite, 'ko', 'og', 'gsomia-extension.png'))).toBe(true);
  });

  it('built with SITE_URL, each event page names its absolute preview image, a file of the build, and its canonical address in its JSON-LD', () => {
    for (const event of dataset.events) {
      const html = readFileSync(join(withSite, eventPagePath(event.id)), 'utf8');
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(image).toBe(`${SITE_URL}og/${event.id}.png`);
      expect(existsSync(join(withSite, 'og', `${event.id}.png`))).toBe(true);
      const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
      expect(JSON.parse(json)).toMatchObject({ url: new URL(eventPagePath(event.id), SITE_URL).href, isPartOf: { url: SITE_URL } });
    }
  });
});
