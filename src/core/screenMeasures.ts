/** How wide a mark's label is drawn, in px. */
export type LabelWidth = (text: string) => number;

/** What the screen measures, so that an export (the saved image) lays the view out as the screen does. */
export interface ScreenMeasures {
  /** The timeline's width, px. */
  readonly width: number;
  /** The lanes marks may take before they merge into clusters. */
  readonly lanes: number;
  /** How wide a label is drawn in the font of the screen's labels. */
  readonly labelWidth: LabelWidth;
}
