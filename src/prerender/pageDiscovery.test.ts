import { describe, expect, it } from 'vitest';
import { englishI18n as en, koreanI18n } from '../testing/englishI18n';
import { datasetIn, eventIn } from '../testing/inLanguage';
import { dataset, eventById } from '../testing/realDataset';
import { eventMeta, siteMeta } from './headTags';
import { eventDiscovery, indexDiscovery, siteFileUrl } from './pageDiscovery';

describe('how a page is found from outside', () => {
  it('refers to a file of the site absolutely when the site’s address is known, else relative to the page', () => {
    expect(siteFileUrl('og/x.png', 'events/x.html', 'https://example.org/t/')).toBe('https://example.org/t/og/x.png');
    expect(siteFileUrl('og/x.png', 'events/x.html', undefined)).toBe('../og/x.png');
    expect(siteFileUrl('og/index.png', 'index.html', undefined)).toBe('./og/index.png');
  });

  it("gives an event's page its own preview image, 1200 × 630, whose description names the event", () => {
    const event = eventById('gsomia-extension');
    const found = eventDiscovery(
      event,
      dataset,
      eventMeta(event, dataset.sources, en, undefined),
      'events/gsomia-extension.html',
      undefined,
      en,
    );
    expect(found.image).toMatchObject({ url: '../og/gsomia-extension.png', width: 1200, height: 630, type: 'image/png' });
    expect(found.image.alt).toContain(event.title);
    expect(found.structuredData).toMatchObject({ '@type': 'WebPage', about: { name: event.title } });
  });

  it('lists a page in the sitemap, by its canonical address, only when the site’s address is known', () => {
    const event = eventById('pact-1965');
    const url = 'https://example.org/t/events/pact-1965.html';
    expect(
      eventDiscovery(event, dataset, eventMeta(event, dataset.sources, en, url), 'events/pact-1965.html', 'https://example.org/t/', en)
        .sitemap,
    ).toEqual({
      loc: url,
    });
    expect(indexDiscovery(dataset, siteMeta(en, 'https://example.org/t/'), 'index.html', 'https://example.org/t/', en).sitemap).toEqual({
      loc: 'https://example.org/t/',
    });
    expect(indexDiscovery(dataset, siteMeta(en, undefined), 'index.html', undefined, en).sitemap).toBeUndefined();
  });

  it('gives a Korean event page its own picture in its folder, described in Korean, and lists its versions in the sitemap', () => {
    const event = eventIn('ko', 'gsomia-extension');
    const site = 'https://example.org/t/';
    const alternates = [
      { hreflang: 'en', href: `${site}events/gsomia-extension.html` },
      { hreflang: 'ko', href: `${site}ko/events/gsomia-extension.html` },
      { hreflang: 'ja', href: `${site}ja/events/gsomia-extension.html` },
      { hreflang: 'x-default', href: `${site}events/gsomia-extension.html` },
    ] as const;
    const meta = { ...eventMeta(event, dataset.sources, koreanI18n, `${site}ko/events/gsomia-extension.html`), alternates };
    const found = eventDiscovery(event, datasetIn('ko'), meta, 'ko/events/gsomia-extension.html', undefined, koreanI18n);
    expect(found.image.url).toBe('../../ko/og/gsomia-extension.png');
    expect(found.image.alt).toContain('한국, 만료 몇 시간 전 GSOMIA 연장');
    expect(found.image.alt).toContain('2019년 11월 22일');
    expect(found.sitemap).toEqual({ loc: `${site}ko/events/gsomia-extension.html`, alternates });
  });
});
