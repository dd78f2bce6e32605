import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PreviewCard, buildPreviewImage as BuildPreviewImage } from '../src/prerender/previewImage';
import type { PrerenderedPage } from '../src/prerender/renderPages';
import { robotsTxt, sitemapXml } from '../src/prerender/sitemap';
import type { PreviewFont } from './previewFonts';
import { createPreviewRenderer } from './previewImages';

/**
 * Writes robots.txt (always) and, when the site's address is known, sitemap.xml listing every page that
 * has an entry (the timeline's page and every event's page, in every language, each with its alternates).
 * Returns the files written.
 */
export function writeSiteIndex(outDir: string, pages: readonly PrerenderedPage[], siteUrl: string | undefined): string[] {
  const sitemapUrl = siteUrl === undefined ? undefined : new URL('sitemap.xml', siteUrl).href;
  writeFileSync(join(outDir, 'robots.txt'), robotsTxt(sitemapUrl));
  if (sitemapUrl === undefined) return ['robots.txt'];
  writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(pages.flatMap((page) => page.sitemap ?? [])));
  return ['robots.txt', 'sitemap.xml'];
}

/** Draws each page's preview image in `fonts` (its language's) and writes it to its file under the output folder. */
export async function writePreviewImages(
  outDir: string,
  images: readonly { readonly file: string; readonly card: PreviewCard }[],
  build: typeof BuildPreviewImage,
  fonts: readonly PreviewFont[],
): Promise<void> {
  const renderer = await createPreviewRenderer(build, fonts);
  for (const { file, card } of images) {
    const path = join(outDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, renderer.png(renderer.svg(card)));
  }
}
