import { describe, expect, it } from 'vitest';
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
    const found = eventDiscovery(event, dataset, eventMeta(event, dataset.sources, undefined), 'events/gsomia-extension.html', undefined);
    expect(found.image).toMatchObject({ url: '../og/gsomia-extension.png', width: 1200, height: 630, type: 'image/png' });
    expect(found.image.alt).toContain(event.title);
    expect(found.structuredData).toMatchObject({ '@type': 'WebPage', about: { name: event.title } });
  });

  it('lists a page in the sitemap, by its canonical address, only when the site’s address is known', () => {
    const event = eventById('pact-1965');
    const url = 'https://example.org/t/events/pact-1965.html';
    expect(
      eventDiscovery(event, dataset, eventMeta(event, dataset.sources, url), 'events/pact-1965.html', 'https://example.org/t/').sitemap,
    ).toEqual({
      loc: url,
    });
    expect(indexDiscovery(dataset, siteMeta('https://example.org/t/'), 'https://example.org/t/').sitemap).toEqual({
      loc: 'https://example.org/t/',
    });
    expect(indexDiscovery(dataset, siteMeta(undefined), undefined).sitemap).toBeUndefined();
  });
});
