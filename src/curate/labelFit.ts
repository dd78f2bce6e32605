import type { LabelWidth } from '../core/screenMeasures';
import { FONT_FAMILY, SIZES } from '../design/tokens';
import { LABEL_MAX_LENGTH } from '../model/schema';
import { createLabelWidth, estimateLabelWidth } from '../timeline/labelWidths';

/**
 * The most a label may take beside its mark: what LABEL_MAX_LENGTH average characters take as the timeline
 * estimates them where it cannot measure (206 px), so that a label that fits on a wide screen fits on a phone.
 */
export const LABEL_ROOM_PX = estimateLabelWidth('x'.repeat(LABEL_MAX_LENGTH));

let measured: LabelWidth | undefined;

/**
 * The measure the timeline's marks are labelled with: their font as the design tokens give it to the timeline
 * (the labels' size in the page's face), measured on a canvas, so the workbench reads no element of the timeline.
 */
export function labelMeasure(): LabelWidth {
  measured ??= createLabelWidth(`${SIZES['label-size']}px ${FONT_FAMILY}`);
  return measured;
}

export interface LabelFit {
  readonly width: number;
  readonly room: number;
  readonly fits: boolean;
}

export function labelFit(label: string, measure: LabelWidth = labelMeasure()): LabelFit {
  const width = measure(label);
  return { width, room: LABEL_ROOM_PX, fits: width <= LABEL_ROOM_PX };
}

/** Hangul, kana, kanji and full-width punctuation are drawn about twice as wide as Latin letters and digits. */
const WIDE = /[\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60]/u;

/** The widest a Korean or Japanese label may be (docs/data.md, "Translations"): 12 Hangul or kanji, a Latin letter or digit half one. */
export const TRANSLATED_LABEL_COLUMNS = 24;

/** A translated label's width in columns: 2 for Hangul, kana, kanji and full-width punctuation, 1 for anything else. */
export const labelColumns = (text: string): number => [...text].reduce((sum, ch) => sum + (WIDE.test(ch) ? 2 : 1), 0);
