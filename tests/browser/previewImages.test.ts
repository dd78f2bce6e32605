import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewFontsFor } from '../../scripts/previewFonts';
import { type PreviewRenderer, createPreviewRenderer } from '../../scripts/previewImages';
import ja from '../../src/data/translations/ja.json';
import ko from '../../src/data/translations/ko.json';
import type { FullI18n } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import { localizeDataset } from '../../src/model/localizeDataset';
import { previewImages } from '../../src/prerender/previewCards';
import { type PreviewCard, buildPreviewImage } from '../../src/prerender/previewImage';
import { TIMELINE } from '../../src/model/timeline';
import { englishI18n, japaneseI18n, koreanI18n } from '../../src/testing/englishI18n';
import { eventPagePath } from '../../src/url/eventPage';
import { appUrl, connectBrowser, disconnectBrowser } from './harness';
import { dataset } from './linkHelpers';

/**
 * Each page's og:image, as the build wrote it: a PNG of 1200 × 630 that a browser decodes, and that shows
 * what the page's card says: compared, region by region, with Chromium's own drawing of the SVG it was
 * made from (in the same fonts), and found unlike the drawing of another page's card.
 */
const renderers = new Map<Language, PreviewRenderer>();
let canvas: Page;
/** Each language's pages, with the dataset as they show it (titles translated, quotes as printed). */
const LANGUAGES: readonly { readonly words: FullI18n; readonly dataset: typeof dataset }[] = [
  { words: englishI18n, dataset },
  { words: koreanI18n, dataset: localizeDataset(dataset, ko) },
  { words: japaneseI18n, dataset: localizeDataset(dataset, ja) },
];
const cards = new Map(
  LANGUAGES.flatMap(({ words, dataset: shown }) => previewImages(shown, words).map(({ file, card }) => [file, card] as const)),
);
const eventFile = [...cards.keys()].find((file) => file !== 'og/index.png') ?? '';
let other: { readonly index: Blocks; readonly event: Blocks } | undefined;

function cardOf(file: string): PreviewCard {
  const card = cards.get(file);
  if (!card) throw new Error(`${file} is no preview the build makes`);
  return card;
}

beforeAll(async () => {
  for (const { words } of LANGUAGES)
    renderers.set(words.language, await createPreviewRenderer(buildPreviewImage, previewFontsFor(words.language)));
  const browser = await connectBrowser();
  canvas = await (await browser.newContext({ deviceScaleFactor: 1 })).newPage();
});
afterAll(disconnectBrowser);

/** The card's SVG with its language's fonts inside it, so that Chromium draws it in the fonts resvg drew it in. */
function svgWithFonts(card: PreviewCard): string {
  const language = card.timeline.words.language;
  const renderer = renderers.get(language);
  if (!renderer) throw new Error(`no renderer for ${language}`);
  let faces = fontFaces.get(language);
  if (faces === undefined) {
    faces = previewFontsFor(language)
      .map((font, i) => {
        const data = Buffer.from(renderer.fonts.buffers[i] ?? new Uint8Array()).toString('base64');
        return `@font-face{font-family:'${font.family}';font-weight:${font.weight};src:url(data:font/ttf;base64,${data}) format('truetype')}`;
      })
      .join('');
    fontFaces.set(language, faces);
  }
  return renderer.svg(card).replace(/(<svg[^>]*>)/, `$1<style>${faces}</style>`);
}
const fontFaces = new Map<Language, string>();

/** What the PNG's own header says: its signature and the IHDR chunk's size, depth and colour type. */
function pngHeader(bytes: Buffer) {
  return {
    signature: bytes.subarray(0, 8).toString('hex'),
    chunk: bytes.toString('latin1', 12, 16),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes[24],
  };
}

/** Grey levels of an image in blocks of 10 × 10 px, row by row: coarse enough to forgive two renderers' anti-aliasing. */
interface Blocks {
  readonly natural: readonly [number, number];
  readonly grey: readonly number[];
}

const W = 1200;
const B = 10;

/**
 * Draws an image on a canvas in the page and reads it back in blocks: the page's own <img> (the PNG, opened
 * as a document, so the canvas may read it), or an SVG's text drawn by Chromium.
 */
const blocksOf = (page: Page, svg?: string): Promise<Blocks> =>
  page.evaluate(
    async ({ svg, W, B }) => {
      const H = 630;
      let image = document.querySelector('img');
      if (svg !== undefined) {
        image = new Image();
        image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      }
      if (!image) throw new Error('no image to read');
      await image.decode();
      const context = new OffscreenCanvas(W, H).getContext('2d');
      if (!context) throw new Error('no canvas');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, W, H);
      context.drawImage(image, 0, 0, W, H);
      const { data } = context.getImageData(0, 0, W, H);
      const grey = new Array<number>((W / B) * (H / B)).fill(0);
      for (let i = 0; i < W * H; i++) {
        const block = Math.floor(Math.floor(i / W) / B) * (W / B) + Math.floor((i % W) / B);
        grey[block] =
          (grey[block] ?? 0) + (0.299 * (data[i * 4] ?? 0) + 0.587 * (data[i * 4 + 1] ?? 0) + 0.114 * (data[i * 4 + 2] ?? 0)) / (B * B);
      }
      return { natural: [image.naturalWidth, image.naturalHeight] as const, grey };
    },
    { svg, W, B },
  );

/** The rows of blocks that hold the title's lines: each line from a size above its baseline to a third of one below. */
function titleRows(svg: string): (row: number) => boolean {
  const lines = [...svg.matchAll(/<text [^>]*data-preview="title"[^>]*>/g)].map((tag) => {
    const y = Number(/ y="([\d.]+)"/.exec(tag[0])?.[1]);
    const size = Number(/ font-size="([\d.]+)"/.exec(tag[0])?.[1]);
    return [y - size, y + size / 3] as const;
  });
  if (lines.length === 0) throw new Error('the SVG has no title line');
  return (row) => lines.some(([top, bottom]) => row * B >= top && (row + 1) * B <= bottom);
}

/** Share of the blocks in the rows chosen whose grey level differs by more than 16 of 255. */
function differing(a: Blocks, b: Blocks, rows: (row: number) => boolean = () => true): number {
  let differ = 0;
  let all = 0;
  a.grey.forEach((grey, i) => {
    if (!rows(Math.floor(i / (W / B)))) return;
    all++;
    if (Math.abs(grey - (b.grey[i] ?? 0)) > 16) differ++;
  });
  return differ / Math.max(all, 1);
}

const pages = [
  { name: 'index.html', path: '', title: TIMELINE.title },
  ...dataset.events.map((event) => ({ name: eventPagePath(event.id), path: eventPagePath(event.id), title: event.title })),
  // The Korean and Japanese pages' own pictures, their words in Hangul and kana (Noto Sans KR / JP).
  ...[
    { path: 'ko/index.html', title: ko.title },
    { path: eventPagePath('gsomia-extension', 'ko'), title: ko.events['gsomia-extension'].title },
    { path: 'ja/index.html', title: ja.title },
    { path: eventPagePath('gsomia-extension', 'ja'), title: ja.events['gsomia-extension'].title },
  ].map((page) => ({ ...page, name: page.path })),
];

/** The og:image a page names, read from its HTML as a crawler reads it (no script runs). */
async function ogImageOf(path: string): Promise<string> {
  const response = await canvas.request.get(appUrl('', path));
  const html = await response.text();
  const content = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error(`${path} names no og:image`);
  return new URL(content.replace(/&amp;/g, '&'), appUrl('', path)).href;
}

describe("each page's preview image", () => {
  it.each(pages)(
    'of $name is a 1200 × 630 PNG that decodes and shows its card, as Chromium draws its SVG',
    async ({ path, title: pageTitle }) => {
      const imageUrl = await ogImageOf(path);
      const file = new URL(imageUrl).pathname.replace(/^.*?\/((?:ko\/|ja\/)?og\/[^/]+)$/, '$1');
      const card = cardOf(file);
      expect(card.title).toBe(pageTitle);
      const response = await canvas.goto(imageUrl);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toBe('image/png');
      const header = pngHeader(await (response?.body() ?? Promise.resolve(Buffer.alloc(32))));
      expect(header).toMatchObject({ signature: '89504e470d0a1a0a', chunk: 'IHDR', width: 1200, height: 630, bitDepth: 8 });

      const svg = svgWithFonts(card);
      const [png, drawn] = [await blocksOf(canvas), await blocksOf(canvas, svg)];
      expect(png.natural).toEqual([1200, 630]);
      const title = titleRows(svg);
      expect(differing(png, drawn, title), 'title lines unlike the SVG drawn by Chromium').toBeLessThan(0.02);
      expect(differing(png, drawn), 'image unlike the SVG drawn by Chromium').toBeLessThan(0.01);
      // Another page's card (the timeline's, or for a timeline's page the first event's): other words in the title's place.
      other ??= {
        index: await blocksOf(canvas, svgWithFonts(cardOf('og/index.png'))),
        event: await blocksOf(canvas, svgWithFonts(cardOf(eventFile))),
      };
      const unlike = file.endsWith('og/index.png') ? other.event : other.index;
      expect(differing(png, unlike, title), 'title lines no different from another card’s').toBeGreaterThan(0.15);
    },
  );
});
