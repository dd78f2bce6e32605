/**
 * The one place for each visual fact the screen and the saved image share: colours in both schemes and the
 * timeline's sizes. The stylesheets read them as custom properties (`tokensCss`, served to the pages as
 * `virtual:design-tokens.css` at build time); the SVG export reads them here.
 */

/** A colour in the light and the dark scheme: CSS picks one with light-dark(); the saved image prints the light one. */
export interface SchemeColour {
  readonly light: string;
  readonly dark: string;
}

const pair = (light: string, dark: string): SchemeColour => ({ light, dark });

/** Colours, each named as the stylesheets name its custom property (`--fg`, `--tl-event`). */
export const COLOURS = {
  bg: pair('#fdfcf9', '#16171a'),
  surface: pair('#ffffff', '#1f2024'),
  fg: pair('#1d1d1f', '#ececec'),
  muted: pair('#55565b', '#a9abb2'),
  line: pair('#d5d3cc', '#3a3c42'),
  accent: pair('#0b5cad', '#7cb7ff'),
  highlight: pair('#fff1a8', '#5a4b00'),
  'warning-bg': pair('#fff4d6', '#3a2f0c'),
  'warning-line': pair('#8a5a00', '#e0b54a'),
  focus: pair('#0b5cad', '#9ccaff'),
  /** A point event. */
  'tl-event': pair('#0b5cad', '#7cb7ff'),
  /** A date known only by bounds: the span it may fall in. */
  'tl-span': pair('#0b7263', '#5fd0bd'),
  /** A period (1910–1945). */
  'tl-period': pair('#6a4c9c', '#bba5ea'),
  /** The selection ring and the selected label. */
  'tl-selected': pair('#b3261e', '#ffb4a9'),
  'tl-cluster': pair('#e8eef7', '#263042'),
  'tl-grid': pair('#ebe8e0', '#2b2d33'),
  /** The date a permalink pointed at. */
  'tl-marked': pair('#fff1a8', '#4d4200'),
  /** The relations of the selected event, drawn between marks. */
  'tl-relation': pair('#8a5a00', '#e0b54a'),
} as const satisfies Record<string, SchemeColour>;

export type ColourName = keyof typeof COLOURS;

/** The timeline's sizes in px, each a custom property `--tl-<name>` in px. */
export const SIZES = {
  /** The height of a lane of marks: a label's line above its glyph. */
  'lane-height': 24,
  /** The context row (years above months, months above days) at the top of the axis. */
  'context-height': 20,
  /** Where the lanes start: below the context row and the tick labels. */
  'axis-height': 46,
  /** The room below the lanes, for the marked date's label. */
  'frame-foot': 24,
  /** A point event's glyph. */
  'point-size': 10,
  /** The selection ring: its width, hugging the glyph between glyph and label. */
  'ring-width': 2,
  'cluster-height': 22,
  /** The labels' font size. */
  'label-size': 12,
} as const satisfies Record<string, number>;

export type SizeName = keyof typeof SIZES;

/** The page's font: the system's own sans-serif. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Faces with Latin letters only, so that the Korean and Japanese stacks choose the face of each script themselves. */
const LATIN_FACES = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto";

/**
 * Korean and Japanese text in a face of its own language (the same Han character is drawn differently in each),
 * from the faces each system ships: macOS and iOS (Apple SD Gothic Neo, Hiragino), Windows (Malgun Gothic, Yu
 * Gothic, Meiryo), Android and Linux (Noto Sans CJK). Latin faces come first: their letters and digits, then the
 * language's face for the rest. `system-ui` is left out, since on a system set to the other language it is a face
 * whose Han characters are that language's. Nothing is downloaded.
 */
export const FONT_FAMILY_BY_LANGUAGE = {
  ko: `${LATIN_FACES}, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', 'Noto Sans CJK KR', 'Source Han Sans K', sans-serif`,
  ja: `${LATIN_FACES}, 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic UI', 'Yu Gothic', YuGothic, Meiryo, 'Noto Sans JP', 'Noto Sans CJK JP', 'Source Han Sans JP', sans-serif`,
} as const;

/** The light colour of a token, as the saved image prints it. */
export const printColour = (name: ColourName): string => COLOURS[name].light;
