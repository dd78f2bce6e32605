// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { englishI18n as en, japaneseI18n, koreanI18n } from '../testing/englishI18n';
import { eventIn } from '../testing/inLanguage';
import { dataset, eventById } from '../testing/realDataset';
import { escapeHtml } from '../exports/escapeHtml';
import { eventMeta, headTags, siteMeta } from './headTags';

/** The tags as a browser reads them (jsdom's parser), so that what data became is what a crawler sees. */
function parseHead(tags: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${tags}</head><body></body></html>`, 'text/html');
}

const HOSTILE = `"><script>alert(1)</script><meta name="x" content='y' & more`;

describe('meta tags for sharing', () => {
  it('escapes every character that could end an attribute or open a tag', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it("an event's page is titled by the event and described by its first quote", () => {
    const event = eventById('gsomia-extension');
    const meta = eventMeta(event, dataset.sources, en, 'https://example.org/t/events/gsomia-extension.html');
    expect(meta.title).toContain(event.title);
    expect(meta.description.startsWith(`“${event.citations[0]?.quote ?? ''}”`)).toBe(true);
    expect(meta.type).toBe('article');
    const head = parseHead(headTags(meta));
    expect(head.title).toBe(meta.title);
    expect(head.querySelector('meta[property="og:description"]')?.getAttribute('content')).toBe(meta.description);
    expect(head.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
      'https://example.org/t/events/gsomia-extension.html',
    );
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://example.org/t/events/gsomia-extension.html');
    expect(head.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
  });

  it('without the site address there is no og:url and no canonical link', () => {
    const head = parseHead(headTags(siteMeta(en, undefined)));
    expect(head.querySelector('meta[property="og:url"]')).toBeNull();
    expect(head.querySelector('link[rel="canonical"]')).toBeNull();
    expect(head.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('website');
  });

  it('strings from the data stay text: a hostile title, quote and address become no tag', () => {
    const event = { ...eventById('pact-1965'), title: HOSTILE, citations: [{ sourceId: 'none', quote: HOSTILE }] };
    const tags = headTags(eventMeta(event, dataset.sources, en, `https://example.org/${HOSTILE}`));
    const head = parseHead(tags);
    expect(head.querySelectorAll('script')).toHaveLength(0);
    expect(head.querySelector('meta[name="x"]')).toBeNull();
    expect(head.title).toContain(HOSTILE);
    expect(head.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(`“${HOSTILE}”`);
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://example.org/${HOSTILE}`);
  });

  it('with a preview image, names it with its size, type and what it shows, for the large card', () => {
    const image = {
      url: 'https://example.org/t/og/pact-1965.png',
      alt: `A picture of ${HOSTILE}`,
      width: 1200,
      height: 630,
      type: 'image/png',
    } as const;
    const head = parseHead(headTags({ ...siteMeta(en, undefined), image }));
    const content = (selector: string) => head.querySelector(selector)?.getAttribute('content');
    expect(content('meta[property="og:image"]')).toBe(image.url);
    expect(content('meta[property="og:image:width"]')).toBe('1200');
    expect(content('meta[property="og:image:height"]')).toBe('630');
    expect(content('meta[property="og:image:type"]')).toBe('image/png');
    expect(content('meta[property="og:image:alt"]')).toBe(image.alt);
    expect(content('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(content('meta[name="twitter:image"]')).toBe(image.url);
    expect(head.querySelectorAll('script')).toHaveLength(0);
  });

  it('asks search engines not to list a page marked noindex, and only that page', () => {
    expect(
      parseHead(headTags({ ...siteMeta(en, undefined), noindex: true }))
        .querySelector('meta[name="robots"]')
        ?.getAttribute('content'),
    ).toBe('noindex');
    expect(parseHead(headTags(siteMeta(en, undefined))).querySelector('meta[name="robots"]')).toBeNull();
  });
});

describe('meta tags in each language', () => {
  const site = 'https://example.org/t/';
  const alternates = (path: string) =>
    [
      { hreflang: 'en', href: `${site}${path}` },
      { hreflang: 'ko', href: `${site}ko/${path}` },
      { hreflang: 'ja', href: `${site}ja/${path}` },
      { hreflang: 'x-default', href: `${site}${path}` },
    ] as const;

  it.each([
    ['en', en, 'en_GB', ['ko_KR', 'ja_JP']],
    ['ko', koreanI18n, 'ko_KR', ['en_GB', 'ja_JP']],
    ['ja', japaneseI18n, 'ja_JP', ['en_GB', 'ko_KR']],
  ] as const)('a %s page names its locale, the others as alternates, and every version of itself', (language, words, locale, others) => {
    const url = `${site}${language === 'en' ? '' : `${language}/`}events/gsomia-extension.html`;
    const event = language === 'en' ? eventById('gsomia-extension') : eventIn(language, 'gsomia-extension');
    const head = parseHead(
      headTags({ ...eventMeta(event, dataset.sources, words, url), alternates: alternates('events/gsomia-extension.html') }),
    );
    const content = (selector: string) => [...head.querySelectorAll(selector)].map((el) => el.getAttribute('content'));
    expect(content('meta[property="og:locale"]')).toEqual([locale]);
    expect(content('meta[property="og:locale:alternate"]')).toEqual(others);
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    const links = [...head.querySelectorAll('link[rel="alternate"]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    expect(links).toEqual(alternates('events/gsomia-extension.html').map((a) => [a.hreflang, a.href]));
    // The page's own version is among them: its canonical address under its own language.
    expect(links).toContainEqual([language, url]);
    expect(head.title).toContain(event.title);
    expect(content('meta[property="og:site_name"]')).toEqual([words.timeline.pageTitle]);
  });

  it('titles a Korean event page in Korean, with its date as Korean writes it, and quotes the source as printed', () => {
    const meta = eventMeta(eventIn('ko', 'gsomia-extension'), dataset.sources, koreanI18n, undefined);
    expect(meta.title).toBe('한국, 만료 몇 시간 전 GSOMIA 연장 (2019년 11월 22일) · 한일 관계, 1910–2023년');
    const quote = eventById('gsomia-extension').citations[0]?.quote ?? '';
    expect(meta.description).toBe(
      `출처 인용(Xinhua, Japanese, S. Korean senior trade officials to discuss tightened export controls: Tokyo): “${quote}”`,
    );
    expect(meta.language).toBe('ko');
  });

  it('titles a Japanese event page in Japanese, a month-precise date with no day', () => {
    const meta = eventMeta(eventIn('ja', 'forced-labor-rulings'), dataset.sources, japaneseI18n, undefined);
    expect(meta.title).toMatch(/^.+（2018年10月）· 日韓関係 1910–2023年$/);
    expect(meta.description).toMatch(/^出典からの引用（/);
    expect(parseHead(headTags(siteMeta(japaneseI18n, undefined))).title).toBe('日韓関係 1910–2023年：出典付きの年表');
  });

  it('gives a page with no other versions no alternates', () => {
    const head = parseHead(headTags(siteMeta(en, undefined)));
    expect(head.querySelectorAll('link[rel="alternate"], meta[property="og:locale:alternate"]')).toHaveLength(0);
    expect(head.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('en_GB');
  });
});
