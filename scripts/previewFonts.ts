import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype from 'opentype.js';
import type { Language } from '../src/i18n/languages';
import type { MeasureText, TextFace } from '../src/prerender/fitText';

/**
 * The fonts the preview images are drawn in. The renderer (resvg, compiled to WebAssembly) sees no system
 * fonts, so each comes as a file from an npm package: Noto Sans (SIL Open Font License 1.1), regular and
 * bold, and for the Korean and Japanese pages Noto Sans KR or Noto Sans JP (the same publisher, the same
 * licence), which draw their pages' Latin text too: the first font in a page's list that has a character draws
 * it, in the image and in the measure alike. Each language loads only its own fonts (resvg reads every font it is given for each
 * picture, and the CJK files are 5–6 MB each).
 */
export interface PreviewFont {
  readonly family: string;
  readonly weight: TextFace['weight'];
  /** The font file, as a module path into its package. */
  readonly file: string;
}

export const PREVIEW_FONTS: readonly PreviewFont[] = [
  { family: 'Noto Sans', weight: 400, file: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf' },
  { family: 'Noto Sans', weight: 700, file: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' },
];

/** The Korean and Japanese faces, after the Latin ones: each has its language's forms of the Han characters too. */
const CJK_FONTS: Readonly<Record<Exclude<Language, 'en'>, readonly PreviewFont[]>> = {
  ko: [
    { family: 'Noto Sans KR', weight: 400, file: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf' },
    { family: 'Noto Sans KR', weight: 700, file: '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf' },
  ],
  ja: [
    { family: 'Noto Sans JP', weight: 400, file: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf' },
    { family: 'Noto Sans JP', weight: 700, file: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf' },
  ],
};

/**
 * The fonts a page's preview is drawn in: Noto Sans for English; for Korean and Japanese the language's face
 * first, since it has Latin letters too: resvg's fallback from one family to another for a missing character
 * does not keep the weight, so a Hangul title in bold would be drawn regular after Noto Sans.
 */
export const previewFontsFor = (language: Language): readonly PreviewFont[] =>
  language === 'en' ? PREVIEW_FONTS : [...CJK_FONTS[language], ...PREVIEW_FONTS];

export interface LoadedFonts {
  /** The raw files, for the renderer. */
  readonly buffers: readonly Uint8Array[];
  /** The families in order of preference, as an SVG `font-family` value. */
  readonly fontFamily: string;
  /** Widths from the fonts' own advance widths (no kerning, which only ever narrows Latin text a little). */
  readonly measure: MeasureText;
}

const require = createRequire(import.meta.url);

export function loadPreviewFonts(fonts: readonly PreviewFont[] = PREVIEW_FONTS): LoadedFonts {
  const loaded = fonts.map((font) => {
    const bytes = readFileSync(require.resolve(font.file));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    return { ...font, bytes: new Uint8Array(bytes), parsed: opentype.parse(buffer) };
  });
  const families = [...new Set(fonts.map((f) => f.family))];
  const cache = new Map<string, number>();
  /** The width of one character in a face: from the first font of that weight that has it (else the first font's missing-glyph box). */
  const charUnits = (char: string, weight: TextFace['weight']): number => {
    const key = `${weight}:${char}`;
    let em = cache.get(key);
    if (em === undefined) {
      const faces = loaded.filter((f) => f.weight === weight);
      const font = faces.find((f) => f.parsed.charToGlyphIndex(char) > 0) ?? faces[0] ?? loaded[0];
      if (!font) throw new Error('no preview font is loaded');
      em = (font.parsed.charToGlyph(char).advanceWidth ?? font.parsed.unitsPerEm) / font.parsed.unitsPerEm;
      cache.set(key, em);
    }
    return em;
  };
  const measure: MeasureText = (text, { size, weight }) => {
    let em = 0;
    for (const char of text) em += charUnits(char, weight);
    return em * size;
  };
  return {
    buffers: loaded.map((f) => f.bytes),
    fontFamily: families.map((family) => `'${family}'`).join(', '),
    measure,
  };
}
