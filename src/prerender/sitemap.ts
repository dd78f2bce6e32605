/**
 * The files that tell crawlers what the site holds: `sitemap.xml` in the sitemaps.org format, and
 * `robots.txt`. Only pages meant to be found are listed (the timeline's page and every event's page; the
 * embed is a frame for other sites' pages, not a page to land on). A page in several languages lists its
 * versions as alternates (`xhtml:link rel="alternate" hreflang`), each version listing them all, itself included.
 */
export interface SitemapAlternate {
  /** A language tag (`en`, `ko`, `ja`) or `x-default`. */
  readonly hreflang: string;
  /** Absolute. */
  readonly href: string;
}

export interface SitemapEntry {
  /** The page's absolute address, as its canonical link gives it. */
  readonly loc: string;
  readonly alternates?: readonly SitemapAlternate[];
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe for XML element content and attribute values. */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const alternates = (entry.alternates ?? []).map(
      (a) => `\n    <xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`,
    );
    return `  <url>\n    <loc>${escapeXml(entry.loc)}</loc>${alternates.join('')}\n  </url>\n`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n${urls.join('')}</urlset>\n`;
}

/**
 * Every crawler may read everything; with the site's address known, the sitemap is named (an absolute
 * URL, as the format requires). A crawler reads robots.txt only at the root of a host: a site under a
 * sub-path has its lines merged into the host's own.
 */
export function robotsTxt(sitemapUrl: string | undefined): string {
  // A line break in the address would add a line of its own to the file.
  if (sitemapUrl !== undefined && /[\r\n]/.test(sitemapUrl))
    throw new Error(`The sitemap's address holds a line break: ${JSON.stringify(sitemapUrl)}`);
  const lines = ['User-agent: *', 'Allow: /'];
  if (sitemapUrl !== undefined) lines.push('', `Sitemap: ${sitemapUrl}`);
  return `${lines.join('\n')}\n`;
}
