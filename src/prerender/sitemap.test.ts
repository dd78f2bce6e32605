// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { SITEMAP_NS, XHTML_NS, escapeXml, robotsTxt, sitemapXml } from './sitemap';

/** Parses the file as an XML reader does: a malformed file gives a parsererror element. */
const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

const HOSTILE = `https://example.org/a?b=1&c=<d>"e"'f'</loc><loc>https://evil.example/`;

describe('sitemap.xml', () => {
  it('lists every page in the sitemaps.org format, one url element each with its loc', () => {
    const text = sitemapXml([{ loc: 'https://example.org/t/' }, { loc: 'https://example.org/t/events/pact-1965.html' }]);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const doc = parseXml(text);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.localName).toBe('urlset');
    expect(doc.documentElement.namespaceURI).toBe(SITEMAP_NS);
    const locs = [...doc.getElementsByTagNameNS(SITEMAP_NS, 'loc')].map((loc) => loc.textContent);
    expect(locs).toEqual(['https://example.org/t/', 'https://example.org/t/events/pact-1965.html']);
  });

  it("lists a page's language versions as xhtml:link alternates", () => {
    const alternates = [
      { hreflang: 'en', href: 'https://example.org/t/' },
      { hreflang: 'ko', href: 'https://example.org/t/ko/' },
      { hreflang: 'x-default', href: 'https://example.org/t/' },
    ];
    const doc = parseXml(sitemapXml([{ loc: 'https://example.org/t/', alternates }]));
    const links = [...doc.getElementsByTagNameNS(XHTML_NS, 'link')];
    expect(links.map((l) => [l.getAttribute('rel'), l.getAttribute('hreflang'), l.getAttribute('href')])).toEqual(
      alternates.map((a) => ['alternate', a.hreflang, a.href]),
    );
    expect(links.every((l) => l.parentElement?.localName === 'url')).toBe(true);
  });

  it('keeps hostile addresses as text: the file stays well formed with one loc per page', () => {
    const text = sitemapXml([{ loc: HOSTILE, alternates: [{ hreflang: `"><x a="`, href: HOSTILE }] }]);
    const doc = parseXml(text);
    expect(doc.querySelector('parsererror')).toBeNull();
    const locs = [...doc.getElementsByTagNameNS(SITEMAP_NS, 'loc')];
    expect(locs.map((l) => l.textContent)).toEqual([HOSTILE]);
    expect(doc.getElementsByTagNameNS(XHTML_NS, 'link')[0]?.getAttribute('href')).toBe(HOSTILE);
    expect(doc.getElementsByTagName('x')).toHaveLength(0);
  });

  it('escapes the five characters XML reserves', () => {
    expect(escapeXml(`<a b="c">'&'</a>`)).toBe('&lt;a b=&quot;c&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('robots.txt', () => {
  it('lets every crawler read everything', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });

  it('names the sitemap by its absolute address when the site has one', () => {
    const lines = robotsTxt('https://example.org/t/sitemap.xml').split('\n');
    expect(lines).toContain('Sitemap: https://example.org/t/sitemap.xml');
    expect(lines.slice(0, 2)).toEqual(['User-agent: *', 'Allow: /']);
  });

  it('refuses an address that would add a line of its own', () => {
    expect(() => robotsTxt('https://example.org/sitemap.xml\nDisallow: /')).toThrow(/line break/);
  });
});
