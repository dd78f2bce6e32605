import { escapeHtml } from '../exports/escapeHtml';
import type { FullI18n } from '../i18n/i18n';
import { type Language, LOCALES } from '../i18n/languages';
import type { Source, TimelineEvent } from '../model/types';

/** What a page's head says about it to search engines, chat apps and social networks, in the page's language. */
export interface PageMeta {
  readonly title: string;
  readonly description: string;
  /** `article` for an event's page, `website` for the timeline itself. */
  readonly type: 'website' | 'article';
  /** The language the page is written in (`<html lang>`, `og:locale`). */
  readonly language: Language;
  /** The site's name in the page's language (`og:site_name`): the timeline's page title. */
  readonly siteName: string;
  /** The page's public address, when the build knows the site's (SITE_URL). */
  readonly url?: string;
  /** The picture a link to the page previews with. */
  readonly image?: PageImage;
  /** The same page in every language, itself included, and `x-default` (the English page). */
  readonly alternates?: readonly PageAlternate[];
  /** A page not to be listed by search engines (the embed: a frame for other sites' pages). */
  readonly noindex?: true;
}

export interface PageAlternate {
  /** A language (`en`, `ko`, `ja`) or `x-default`. */
  readonly hreflang: Language | 'x-default';
  /** Absolute when the build knows the site's address, else relative to the page. */
  readonly href: string;
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

/** The meta tags of the timeline's own page in a language: its title and description from the timeline's words. */
export const siteMeta = (words: FullI18n, url: string | undefined): PageMeta => ({
  title: words.timeline.pageTitle,
  description: words.timeline.description,
  type: 'website',
  language: words.language,
  siteName: words.timeline.pageTitle,
  ...(url !== undefined && { url }),
});

/**
 * An event page's meta tags: the title names the event and its date in the page's language; the description
 * begins with the event's first quote (as printed, in English) and says where it is from.
 */
export function eventMeta(event: TimelineEvent, sources: readonly Source[], words: FullI18n, url: string | undefined): PageMeta {
  const { t, dates, timeline } = words;
  const first = event.citations[0];
  const source = first && sources.find((s) => s.id === first.sourceId);
  const quote = first ? t('page.quote', { quote: first.quote }) : event.title;
  return {
    title: t('page.eventTitle', { title: event.title, date: dates.eventDate(event), timeline: timeline.title }),
    description: source ? t('page.eventDescription', { quote, publisher: source.publisher, headline: source.headline }) : quote,
    type: 'article',
    language: words.language,
    siteName: timeline.pageTitle,
    ...(url !== undefined && { url }),
  };
}

/**
 * The head tags for a page, every value escaped: title and description, Open Graph's (with `og:locale` and, for
 * each other language the page is written in, `og:locale:alternate`), the canonical link, and a
 * `<link rel="alternate" hreflang>` for each version of the page.
 */
export function headTags(meta: PageMeta): string {
  const property = (name: string, content: string) => `<meta property="${name}" content="${escapeHtml(content)}" />`;
  const named = (name: string, content: string) => `<meta name="${name}" content="${escapeHtml(content)}" />`;
  const alternates = meta.alternates ?? [];
  const otherLocales = alternates.flatMap((a) =>
    a.hreflang === 'x-default' || a.hreflang === meta.language ? [] : [LOCALES[a.hreflang].og],
  );
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    named('description', meta.description),
    property('og:title', meta.title),
    property('og:description', meta.description),
    property('og:type', meta.type),
    property('og:site_name', meta.siteName),
    property('og:locale', LOCALES[meta.language].og),
    ...otherLocales.map((locale) => property('og:locale:alternate', locale)),
    ...(meta.url === undefined ? [] : [property('og:url', meta.url), `<link rel="canonical" href="${escapeHtml(meta.url)}" />`]),
    ...alternates.map((a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}" />`),
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
