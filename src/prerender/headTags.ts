import { escapeHtml } from '../exports/escapeHtml';
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
  /** The picture a link to the page previews with. */
  readonly image?: PageImage;
  /** A page not to be listed by search engines (the embed: a frame for other sites' pages). */
  readonly noindex?: true;
}

export interface PageImage {
  /** Absolute when the build knows the site's address, else relative to the page. */
  readonly url: string;
  /** What the picture shows, for readers who cannot see it. */
  readonly alt: string;
  readonly width: number;
  readonly height: number;
  readonly type: 'image/png';
}

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
    ...(meta.image === undefined ? [named('twitter:card', 'summary')] : imageTags(meta.image, property, named)),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    ...(meta.noindex ? [named('robots', 'noindex')] : []),
  ].join('\n    ');
}

/** The preview picture's tags: Open Graph's, and the large card that shows it. */
function imageTags(
  image: PageImage,
  property: (name: string, content: string) => string,
  named: (name: string, content: string) => string,
) {
  return [
    property('og:image', image.url),
    property('og:image:type', image.type),
    property('og:image:width', String(image.width)),
    property('og:image:height', String(image.height)),
    property('og:image:alt', image.alt),
    named('twitter:card', 'summary_large_image'),
    named('twitter:image', image.url),
    named('twitter:image:alt', image.alt),
  ];
}
