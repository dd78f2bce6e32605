import { LABEL_MAX_LENGTH } from '../model/schema';
import { createLabelWidth, estimateLabelWidth } from '../timeline/labelWidths';

/**
 * The most a label may take beside its mark: what LABEL_MAX_LENGTH average characters take as the timeline
 * estimates them where it cannot measure (206 px), so that a label that fits on a wide screen fits on a phone.
 */
export const LABEL_ROOM_PX = estimateLabelWidth('x'.repeat(LABEL_MAX_LENGTH));

let measured: ((text: string) => number) | undefined;

/**
 * The measure the timeline's marks are labelled with, in their font once a timeline is on the page (read once:
 * reading a computed style on every keystroke would make the page lay itself out again each time).
 */
export function labelMeasure(): (text: string) => number {
  if (measured) return measured;
  const layer = typeof document === 'undefined' ? null : document.querySelector<HTMLElement>('.timeline-marks');
  if (!layer || typeof getComputedStyle !== 'function') return estimateLabelWidth;
  const style = getComputedStyle(layer);
  const font = style.font || `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  measured = createLabelWidth(font.trim());
  return measured;
}

export interface LabelFit {
  readonly width: number;
  readonly room: number;
  readonly fits: boolean;
}

export function labelFit(label: string, measure: (text: string) => number = labelMeasure()): LabelFit {
  const width = measure(label);
  return { width, room: LABEL_ROOM_PX, fits: width <= LABEL_ROOM_PX };
}
