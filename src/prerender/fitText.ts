/**
 * Text set in a box of an image made without a browser, where nothing can measure a line after it is drawn:
 * lines are broken and cut with the widths of a measure (the font's own advance widths, see
 * scripts/previewFonts.ts), so that no line is wider than its box and no block has more lines than it may.
 */

/** How wide a text is drawn at one size and weight, in px. */
export type TextWidth = (text: string) => number;

/** A face of the image's fonts: its size in px and its weight. */
export interface TextFace {
  readonly size: number;
  readonly weight: 400 | 700;
}

/** How wide a text is drawn in a face, in px. */
export type MeasureText = (text: string, face: TextFace) => number;

/** A block of text set in its box: its lines, and whether the text had to be cut to fit. */
export interface SetText {
  readonly lines: readonly string[];
  readonly cut: boolean;
}

/**
 * A word too wide for a line, broken between characters (whole code points), each piece as wide as fits.
 * Text written without spaces (Japanese) is broken this way too.
 */
function breakWord(word: string, width: number, widthOf: TextWidth): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && widthOf(piece + char) > width) {
      pieces.push(piece);
      piece = char;
    } else piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** The text in lines no wider than `width`, broken at spaces where it can. */
export function wrapToWidth(text: string, width: number, widthOf: TextWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (widthOf(joined) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = widthOf(word) <= width ? [word] : breakWord(word, width, widthOf);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The text in at most `maxLines` lines no wider than `width`. When it needs more, the last line kept is
 * shortened until it fits with `ending` after it (an ellipsis, and a quotation's closing mark).
 */
export function clampLines(text: string, width: number, maxLines: number, widthOf: TextWidth, ending = '…'): SetText {
  const lines = wrapToWidth(text, width, widthOf);
  if (lines.length <= maxLines) return { lines, cut: false };
  const kept = lines.slice(0, Math.max(maxLines, 1));
  const chars = Array.from(kept.pop() ?? '');
  let last = '';
  while (chars.length > 0) {
    last = `${chars.join('').replace(/[\s,;:.–—-]+$/u, '')}${ending}`;
    if (widthOf(last) <= width) break;
    chars.pop();
  }
  if (chars.length === 0) last = ending;
  return { lines: [...kept, last], cut: true };
}

/**
 * The text set at the largest of `sizes` (largest first) at which it fits in `maxLines` lines; when it fits
 * at none, at the smallest, cut to `maxLines` lines.
 */
export function fitToLines(
  text: string,
  width: number,
  maxLines: number,
  sizes: readonly number[],
  weight: TextFace['weight'],
  measure: MeasureText,
  ending?: string,
): SetText & { readonly size: number } {
  let fitted: (SetText & { size: number }) | undefined;
  for (const size of sizes) {
    fitted = { ...clampLines(text, width, maxLines, (t) => measure(t, { size, weight }), ending), size };
    if (!fitted.cut) return fitted;
  }
  if (!fitted) throw new Error('fitToLines needs at least one size');
  return fitted;
}
