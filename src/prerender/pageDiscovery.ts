import type { FullI18n } from '../i18n/i18n';
import type { Dataset, TimelineEvent } from '../model/types';
import type { PageImage, PageMeta } from './headTags';
import { eventPreviewAlt, indexPreviewAlt, previewImageFile } from './previewCards';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './previewImage';
import type { SitemapEntry } from './sitemap';
import { type JsonLd, eventStructuredData, siteStructuredData } from './structuredData';

/**
 * How a page is found from outside: the picture a link to it previews with, what it says of itself to
 * search engines (JSON-LD), and its entry in the sitemap (only when the site's address is known, since a
 * sitemap lists absolute addresses).
 */
export interface PageDiscovery {
  readonly image: PageImage;
  readonly structuredData: JsonLd;
  readonly sitemap?: SitemapEntry;
}

/**
 * A file of the site's as the page `pageFile` refers to it: absolute under the site's address when known,
 * else relative to the page's folder (`../og/x.png` from `events/x.html`). Crawlers want the absolute form.
 */
export function siteFileUrl(file: string, pageFile: string, siteUrl: string | undefined): string {
  if (siteUrl !== undefined) return new URL(file, siteUrl).href;
  const depth = pageFile.split('/').length - 1;
  return `${depth === 0 ? './' : '../'.repeat(depth)}${file}`;
}

const previewImage = (file: string, pageFile: string, siteUrl: string | undefined, alt: string): PageImage => ({
  url: siteFileUrl(file, pageFile, siteUrl),
  alt,
  width: PREVIEW_WIDTH,
  height: PREVIEW_HEIGHT,
  type: 'image/png',
});

const factsOf = (meta: PageMeta, siteUrl: string | undefined, image: PageImage) => ({
  title: meta.title,
  description: meta.description,
  ...(meta.url !== undefined && { url: meta.url }),
  ...(siteUrl !== undefined && { siteUrl, imageUrl: image.url, imageSize: { width: image.width, height: image.height } }),
});

/** The page's sitemap entry, listing its versions in every language (absolute, as is every address there). */
const entry = (meta: PageMeta): { sitemap?: SitemapEntry } =>
  meta.url === undefined ? {} : { sitemap: { loc: meta.url, ...(meta.alternates && { alternates: meta.alternates }) } };

/** The timeline's page in the page's language (`index.html`, `ko/index.html`: its address is the site's, or its folder's). */
export function indexDiscovery(
  dataset: Dataset,
  meta: PageMeta,
  pageFile: string,
  siteUrl: string | undefined,
  words: FullI18n,
): PageDiscovery {
  const image = previewImage(previewImageFile(null, words.language), pageFile, siteUrl, indexPreviewAlt(dataset, words));
  return { image, structuredData: siteStructuredData(dataset, factsOf(meta, siteUrl, image), words), ...entry(meta) };
}

/** An event's page, `pageFile` (`events/<id>.html`, `ko/events/<id>.html`). */
export function eventDiscovery(
  event: TimelineEvent,
  dataset: Dataset,
  meta: PageMeta,
  pageFile: string,
  siteUrl: string | undefined,
  words: FullI18n,
): PageDiscovery {
  const image = previewImage(previewImageFile(event.id, words.language), pageFile, siteUrl, eventPreviewAlt(event, dataset, words));
  return { image, structuredData: eventStructuredData(event, dataset.sources, factsOf(meta, siteUrl, image), words), ...entry(meta) };
}
