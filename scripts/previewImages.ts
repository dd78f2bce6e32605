import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import { JSDOM } from 'jsdom';
import type { PreviewCard, buildPreviewImage as BuildPreviewImage } from '../src/prerender/previewImage';
import { type LoadedFonts, PREVIEW_FONTS, type PreviewFont, loadPreviewFonts } from './previewFonts';

/**
 * Draws the preview images at build time, in Node: each card is composed as SVG (src/prerender/previewImage.ts,
 * in a jsdom document, since it is built with DOM calls as the app's Save image is) and rendered to PNG by
 * resvg compiled to WebAssembly, so no native binary is installed and no browser is needed.
 */
export interface PreviewRenderer {
  readonly fonts: LoadedFonts;
  /** The card as a standalone SVG file's text. */
  svg(card: PreviewCard): string;
  /** An SVG's text drawn as PNG, at its own size. */
  png(svg: string): Uint8Array;
}

const require = createRequire(import.meta.url);
let wasmReady: Promise<void> | undefined;

/** The WebAssembly module can be started once per process. */
const startWasm = (): Promise<void> => (wasmReady ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))));

/**
 * `build` is buildPreviewImage as the caller loaded it (the build loads it through Vite, as it loads the pages);
 * `fonts` are the page's language's (previewFontsFor).
 */
export async function createPreviewRenderer(
  build: typeof BuildPreviewImage,
  fontFiles: readonly PreviewFont[] = PREVIEW_FONTS,
): Promise<PreviewRenderer> {
  await startWasm();
  const fonts = loadPreviewFonts(fontFiles);
  const { window } = new JSDOM('');
  const serializer = new window.XMLSerializer();
  const fontBuffers = [...fonts.buffers];
  const family = fonts.fontFamily.split(',')[0]?.replace(/'/g, '').trim() ?? '';
  return {
    fonts,
    svg: (card) => `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(build(card, fonts, window.document))}\n`,
    png: (svg) => {
      const resvg = new Resvg(svg, {
        font: { fontBuffers, defaultFontFamily: family, sansSerifFamily: family },
        fitTo: { mode: 'original' },
      });
      try {
        const image = resvg.render();
        const png = image.asPng();
        image.free();
        return png;
      } finally {
        resvg.free();
      }
    },
  };
}
