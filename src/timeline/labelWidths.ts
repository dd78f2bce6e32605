import type { LabelWidth } from '../core/screenMeasures';

/*
 * How wide a mark's label is on screen, measured once per text with canvas measureText in the font the
 * labels are drawn in, and cached. Where no canvas can measure (jsdom, a browser without
 * OffscreenCanvas), an estimate from the number of characters stands in.
 */

/** About the widest an average character of a 12px sans-serif face is, so the estimate errs on the wide side. */
const FALLBACK_CHAR_PX = 6.8;
/** Rounding and sub-pixel text rendering: a label given exactly its measured width can lose its last letter. */
const SAFETY_PX = 2;

/** Hangul, kana, kanji and full-width forms: set about a full em wide, where a Latin letter or digit takes about half. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;

/** A text's width in average Latin characters, a wide (East Asian) character counting as nearly two. */
export const widthInChars = (text: string): number => text.length + 0.8 * (text.match(WIDE)?.length ?? 0);

export const estimateLabelWidth: LabelWidth = (text) => Math.ceil(widthInChars(text) * FALLBACK_CHAR_PX) + SAFETY_PX;

/** A cached measure for `font` (a CSS font shorthand, as getComputedStyle gives it). */
export function createLabelWidth(font: string): LabelWidth {
  const context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!context || !font) return estimateLabelWidth;
  context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = Math.ceil(context.measureText(text).width) + SAFETY_PX;
      cache.set(text, width);
    }
    return width;
  };
}

/**
 * The measures made so far, one per font: the timeline asks again whenever its events change (a filter ticked), and
 * a label measured once is not measured again (at 100,000 events, measuring them all takes seconds).
 */
const measures = new Map<string, LabelWidth>();

/** The measure for the labels inside `layer`, in the font its computed style gives them. */
export function labelWidthFor(layer: HTMLElement): LabelWidth {
  const style = typeof getComputedStyle === 'function' ? getComputedStyle(layer) : undefined;
  const font = (style ? style.font || `${style.fontWeight} ${style.fontSize} ${style.fontFamily}` : '').trim();
  let measure = measures.get(font);
  if (!measure) {
    measure = createLabelWidth(font);
    measures.set(font, measure);
  }
  return measure;
}
