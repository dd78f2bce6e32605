// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
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
    const meta = eventMeta(event, dataset.sources, 'https://example.org/t/events/gsomia-extension.html');
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
    const head = parseHead(headTags(siteMeta(undefined)));
    expect(head.querySelector('meta[property="og:url"]')).toBeNull();
    expect(head.querySelector('link[rel="canonical"]')).toBeNull();
    expect(head.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('website');
  });

  it('strings from the data stay text: a hostile title, quote and address become no tag', () => {
    const event = { ...eventById('pact-1965'), title: HOSTILE, citations: [{ sourceId: 'none', quote: HOSTILE }] };
    const tags = headTags(eventMeta(event, dataset.sources, `https://example.org/${HOSTILE}`));
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
    const head = parseHead(headTags({ ...siteMeta(undefined), image }));
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
      parseHead(headTags({ ...siteMeta(undefined), noindex: true }))
        .querySelector('meta[name="robots"]')
        ?.getAttribute('content'),
    ).toBe('noindex');
    expect(parseHead(headTags(siteMeta(undefined))).querySelector('meta[name="robots"]')).toBeNull();
  });
});
