import { describeSpan } from '../model/describeDate';
import { TIMELINE } from '../model/timeline';
import type { Source, TimelineEvent } from '../model/types';

/** What a page's head says about it to search engines, chat apps and social networks. */
export interface PageMeta {
  readonly title: string;
  readonly description: string;
  /** `article` for an event's page, `website` for the timeline itself. */
  readonly type: 'website' | 'article';
  /** The page's public address, when the build knows the site's (SITE_URL). */
  readonly url?: string;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for an HTML attribute value or element content: data never becomes markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The meta tags of the timeline's own page: its title and description from src/data/timeline.json. */
export const siteMeta = (siteUrl: string | undefined): PageMeta => ({
  title: TIMELINE.pageTitle,
  description: TIMELINE.description,
  type: 'website',
  ...(siteUrl !== undefined && { url: siteUrl }),
});

/**
 * An event page's meta tags: the title names the event and its date; the description begins with the
 * event's first quote and says where it is from.
 */
export function eventMeta(event: TimelineEvent, sources: readonly Source[], url: string | undefined): PageMeta {
  const first = event.citations[0];
  const source = first && sources.find((s) => s.id === first.sourceId);
  const quote = first ? `“${first.quote}”` : event.title;
  return {
    title: `${event.title} (${describeSpan(event)}) · ${TIMELINE.title}`,
    description: source ? `${quote} (${source.publisher}, ${source.headline})` : quote,
    type: 'article',
    ...(url !== undefined && { url }),
  };
}

/** The head tags for a page, every value escaped; the site is named as the timeline's page title names it. */
export function headTags(meta: PageMeta): string {
  const property = (name: string, content: string) => `<meta property="${name}" content="${escapeHtml(content)}" />`;
  const named = (name: string, content: string) => `<meta name="${name}" content="${escapeHtml(content)}" />`;
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    named('description', meta.description),
    property('og:title', meta.title),
    property('og:description', meta.description),
    property('og:type', meta.type),
    property('og:site_name', TIMELINE.pageTitle),
    ...(meta.url === undefined ? [] : [property('og:url', meta.url), `<link rel="canonical" href="${escapeHtml(meta.url)}" />`]),
    // No preview image is made, so the small card.
    named('twitter:card', 'summary'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
  ].join('\n    ');
}
