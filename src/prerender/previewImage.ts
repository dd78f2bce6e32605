import type { ViewWindow } from '../core/viewWindow';
import { printColour } from '../design/tokens';
import { drawTimelineFrame, svgMaker } from '../exports/viewImage';
import { layOutView } from '../exports/viewLayout';
import type { TimelineEvent } from '../model/types';
import type { MarkWords } from '../timeline/markNames';
import { type MeasureText, type SetText, fitToLines } from './fitText';

/**
 * The picture a shared link previews with (Open Graph's og:image): 1200 × 630 px, the size the social
 * networks and chat apps crop least. Around the timeline's frame as the app's Save image draws it (the same
 * layout and drawing code, the page's event selected), it sets what the page is about: its title, its date,
 * its first quote and the sources it comes from. Every string comes in as an argument, so that a page in
 * another language makes its picture with the same code; the fonts and their measure come in too.
 */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PreviewCard {
  /** A line above the title: the timeline the page belongs to. */
  readonly heading: string;
  readonly title: string;
  /** The date as the sources support it, in words. */
  readonly dateText: string;
  /** Words quoted from a source, drawn between its quotation marks (or a description, drawn as it is). */
  readonly body?: { readonly text: string; readonly marks?: readonly [open: string, close: string] };
  /** The sources named, in one sentence. */
  readonly sourcesText: string;
  /** What the timeline's frame shows: the view the page opens, and its selected event; its axis in `words`' language. */
  readonly timeline: {
    readonly events: readonly TimelineEvent[];
    readonly view: ViewWindow;
    readonly selectedId: string | null;
    readonly words: MarkWords;
  };
}

/** The fonts the picture is drawn in (an SVG font-family value) and their measure. */
export interface PreviewFonts {
  readonly fontFamily: string;
  readonly measure: MeasureText;
}

const PAD_X = 56;
const TEXT_WIDTH = PREVIEW_WIDTH - 2 * PAD_X;
/** Lines are set a little narrower than the box: the measure has no kerning, and the renderer rounds. */
const SET_WIDTH = TEXT_WIDTH * 0.98;
const ACCENT_BAR = 8;
const HEADING = { size: 22, baseline: 62 } as const;
const TITLE = { sizes: [52, 48, 44, 40, 36, 34], maxLines: 3, top: 84, leading: 1.18 } as const;
const DATE = { size: 26, gap: 14, leading: 1.3 } as const;
const BODY = { size: 25, gap: 12, leading: 1.36, maxLines: 4 } as const;
const SOURCES = { size: 18, leading: 1.35, maxLines: 2, bottom: 26 } as const;
/** The timeline's frame is drawn a quarter larger than on screen, so that its labels can be read in a preview. */
const FRAME_SCALE = 1.25;
const FRAME_LANES = 3;
const FRAME_GAP = 20;

/** The preview of one page as an SVG element of `doc`, 1200 × 630 px. */
export function buildPreviewImage(card: PreviewCard, fonts: PreviewFonts, doc: Document): SVGSVGElement {
  const el = svgMaker(doc);
  const { measure } = fonts;
  const svg = el('svg', {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    viewBox: `0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}`,
    'font-family': fonts.fontFamily,
    // Glyphs at their exact advances, unhinted: a browser then sets the lines exactly as the renderer does.
    'text-rendering': 'geometricPrecision',
    fill: printColour('fg'),
  });
  svg.append(el('title', {}, `${card.title}, ${card.dateText}`));
  svg.append(el('rect', { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fill: printColour('surface') }));
  svg.append(el('rect', { width: PREVIEW_WIDTH, height: ACCENT_BAR, fill: printColour('tl-event') }));

  /** A block's lines as text elements, the first baseline at `top` plus the size. */
  const block = (role: string, set: SetText, size: number, leading: number, top: number, attrs: Record<string, string | number>) => {
    set.lines.forEach((line, i) =>
      svg.append(el('text', { x: PAD_X, y: top + size + i * size * leading, 'font-size': size, 'data-preview': role, ...attrs }, line)),
    );
    return top + set.lines.length * size * leading;
  };

  // From the foot up: the sources, then the timeline's frame above them.
  const sources = fitToLines(card.sourcesText, SET_WIDTH, SOURCES.maxLines, [SOURCES.size], 400, measure);
  const sourcesTop = PREVIEW_HEIGHT - SOURCES.bottom - sources.lines.length * SOURCES.size * SOURCES.leading;
  block('sources', sources, SOURCES.size, SOURCES.leading, sourcesTop, { fill: printColour('muted') });

  const frameWidth = Math.floor(TEXT_WIDTH / FRAME_SCALE);
  const labelWidth = (label: string) => Math.ceil(measure(label, { size: 12, weight: 400 })) + 2;
  const { events, view, selectedId, words } = card.timeline;
  const layout = layOutView(events, view, frameWidth, selectedId, words, { labelWidth, lanes: FRAME_LANES });
  const { frame, height } = drawTimelineFrame(layout, frameWidth, el);
  const frameTop = sourcesTop - 14 - height * FRAME_SCALE;
  const framed = el('g', {
    transform: `translate(${PAD_X} ${frameTop}) scale(${FRAME_SCALE})`,
    'font-size': 12,
    'data-preview': 'timeline',
  });
  framed.append(frame);
  svg.append(framed);

  // From the top down: the heading, the title, the date, and the quote in as many lines as the room above the frame holds.
  const heading = fitToLines(card.heading, SET_WIDTH, 1, [HEADING.size], 400, measure);
  block('heading', heading, HEADING.size, 1, HEADING.baseline - HEADING.size, { fill: printColour('muted') });
  const title = fitToLines(card.title, SET_WIDTH, TITLE.maxLines, TITLE.sizes, 700, measure);
  let top = block('title', title, title.size, TITLE.leading, TITLE.top, { 'font-weight': 700 });
  const date = fitToLines(card.dateText, SET_WIDTH, 1, [DATE.size], 400, measure);
  top = block('date', date, DATE.size, DATE.leading, top + DATE.gap, { fill: printColour('tl-selected') });
  if (card.body) {
    const [open, close] = card.body.marks ?? ['', ''];
    const room = frameTop - FRAME_GAP - (top + BODY.gap);
    const lines = Math.max(1, Math.min(BODY.maxLines, Math.floor(room / (BODY.size * BODY.leading))));
    const body = fitToLines(`${open}${card.body.text}${close}`, SET_WIDTH, lines, [BODY.size], 400, measure, `…${close}`);
    block('quote', body, BODY.size, BODY.leading, top + BODY.gap, {});
  }
  return svg;
}
