import type { ViewWindow } from '../core/viewWindow';
import type { FullI18n } from '../i18n/i18n';
import type { Source, TimelineEvent } from '../model/types';
import { FONT_FAMILY, SIZES, printColour } from '../design/tokens';
import { fadeStops } from '../timeline/boundFade';
import { type LayoutMeasures, type ViewLayout, layOutView } from './viewLayout';
import { wrapText } from './wrapText';

/**
 * The current view as an SVG image: the axis, the marks and their labels where the screen draws them
 * (see viewLayout), a caption with the view's dates, and lines naming the sources and the view's link, in the
 * page's language (the sources' headlines as printed).
 * Built with DOM calls, every string from the data a text node, then serialised as XML. Its colours and
 * sizes are the screen's (src/design/tokens.ts); it prints in the light colours whatever the screen's scheme.
 */
const COLOUR = printColour;

const SVG_NS = 'http://www.w3.org/2000/svg';
const LANE_HEIGHT = SIZES['lane-height'];
const POINT_PX = SIZES['point-size'];
const AXIS_HEIGHT = SIZES['axis-height'];
const CONTEXT_HEIGHT = SIZES['context-height'];
const RING = SIZES['ring-width'];
const CLUSTER_HEIGHT = SIZES['cluster-height'];
/** Room around the drawing and the heights of its lines of text, in px. */
const MARGIN = 16;
const TITLE_LINE = 22;
const CAPTION_LINE = 18;
const NOTE_LINE = 16;
const FRAME_FOOT = 8;
/**
 * The estimated widths of a (Latin) character of the 12 px notes and of the 16 px bold title, to wrap them within
 * the image; Hangul, kana and kanji take about twice as much (see wrapText.ts).
 */
const NOTE_CHAR_PX = 6.4;
const TITLE_CHAR_PX = 9.6;

export interface ViewImageInput {
  /** The events the timeline shows (its filters applied), sorted as the dataset is. */
  readonly events: readonly TimelineEvent[];
  readonly sources: readonly Source[];
  readonly view: ViewWindow;
  /** The timeline's width on screen, px: the image lays the view out at the same width. */
  readonly width: number;
  readonly selectedId: string | null;
  /** The link that opens this view. */
  readonly link: string;
  /** The screen's label measure and lane limit, so that the image lays out as the screen does. */
  readonly screen?: LayoutMeasures;
}

export interface ViewImage {
  readonly svg: SVGSVGElement;
  readonly width: number;
  readonly height: number;
}

/** The sources the view's events cite, or every source when the view shows none. */
function sourcesInView(input: ViewImageInput): Source[] {
  const { view, events, sources } = input;
  const cited = new Set(events.filter((e) => e.t0 < view.end && e.t1 > view.start).flatMap((e) => e.citations.map((c) => c.sourceId)));
  const named = sources.filter((s) => cited.has(s.id));
  return named.length > 0 ? named : [...sources];
}

/** Makes SVG elements in `doc`: every value an attribute, every string from the data a text node. */
export function svgMaker(doc: Document): Make {
  return (tag, attrs, text) => {
    const node = doc.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs))
      node.setAttribute(name, typeof value === 'number' ? String(Math.round(value * 10) / 10) : value);
    if (text !== undefined) node.textContent = text;
    return node;
  };
}

/**
 * The timeline's frame as the screen draws it, `width` px wide with its top left at 0 0: the axis, the
 * marks and their labels. Its rounded box clips what it holds, as the screen's frame does (overflow: hidden).
 */
export function drawTimelineFrame(layout: ViewLayout, width: number, el: Make): { readonly frame: SVGGElement; readonly height: number } {
  const height = AXIS_HEIGHT + layout.rows * LANE_HEIGHT + FRAME_FOOT;
  const box = { x: 0.5, y: 0.5, width: width - 1, height: height - 1, rx: 6 };
  const clip = el('clipPath', { id: 'timeline-frame' });
  clip.append(el('rect', box));
  const frame = el('g', {});
  const inside = el('g', { 'clip-path': 'url(#timeline-frame)' });
  drawAxis(inside, layout, height, width, el);
  drawMarks(inside, layout, el);
  frame.append(clip, el('rect', { ...box, fill: COLOUR('surface') }), inside, el('rect', { ...box, fill: 'none', stroke: COLOUR('line') }));
  return { frame, height };
}

export function buildViewImage(input: ViewImageInput, i18n: FullI18n, doc: Document = document): ViewImage {
  const layout = layOutView(input.events, input.view, input.width, input.selectedId, i18n, input.screen);
  const { t, dates, timeline } = i18n;
  const description = dates.view(input.view, layout.eventCount);
  const el = svgMaker(doc);
  const width = input.width + 2 * MARGIN;
  const chars = Math.max(20, Math.floor(input.width / NOTE_CHAR_PX));
  const named = sourcesInView(input).map((s) =>
    t('image.source', { publisher: s.publisher, headline: s.headline, published: s.publishedAsPrinted }),
  );
  const sourcesLine = t('image.sources', { sources: named.join('; ') });
  const notes = [...wrapText(sourcesLine, chars), ...wrapText(t('image.link', { link: input.link }), chars)];

  const titleLines = wrapText(timeline.title, Math.floor(input.width / TITLE_CHAR_PX));
  const captionTop = MARGIN + titleLines.length * TITLE_LINE;
  const frameTop = captionTop + CAPTION_LINE + 8;
  const { frame, height: frameHeight } = drawTimelineFrame(layout, input.width, el);
  const notesTop = frameTop + frameHeight + 10;
  const height = notesTop + notes.length * NOTE_LINE + MARGIN;

  const svg = el('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': FONT_FAMILY,
    'font-size': SIZES['label-size'],
    fill: COLOUR('fg'),
  });
  svg.append(el('title', {}, t('image.title', { timeline: timeline.title, view: description })));
  svg.append(el('rect', { width, height, fill: COLOUR('surface') }));
  titleLines.forEach((line, i) =>
    svg.append(el('text', { x: MARGIN, y: MARGIN + 15 + i * TITLE_LINE, 'font-size': 16, 'font-weight': 700 }, line)),
  );
  svg.append(el('text', { x: MARGIN, y: captionTop + 13, 'font-size': 13, 'data-caption': 'view' }, description));
  frame.setAttribute('transform', `translate(${MARGIN} ${frameTop})`);
  svg.append(frame);

  notes.forEach((line, i) =>
    svg.append(el('text', { x: MARGIN, y: notesTop + 12 + i * NOTE_LINE, fill: COLOUR('muted'), 'data-caption': 'note' }, line)),
  );
  return { svg, width, height };
}

export type Make = <K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
) => SVGElementTagNameMap[K];

function drawAxis(frame: SVGGElement, layout: ViewLayout, frameHeight: number, width: number, el: Make): void {
  frame.append(el('line', { x1: 0, x2: width, y1: CONTEXT_HEIGHT, y2: CONTEXT_HEIGHT, stroke: COLOUR('tl-grid') }));
  for (const tick of layout.ticks) {
    frame.append(
      el('line', { x1: tick.x + 0.5, x2: tick.x + 0.5, y1: CONTEXT_HEIGHT, y2: frameHeight - CONTEXT_HEIGHT, stroke: COLOUR('tl-grid') }),
    );
    if (tick.shown) frame.append(el('text', { x: tick.x + 4, y: CONTEXT_HEIGHT + 14, fill: COLOUR('muted') }, tick.label));
  }
  for (const tick of layout.context) {
    frame.append(el('line', { x1: tick.x + 0.5, x2: tick.x + 0.5, y1: 0, y2: CONTEXT_HEIGHT, stroke: COLOUR('line') }));
    if (tick.shown) frame.append(el('text', { x: tick.x + 4, y: 14, 'font-weight': 600 }, tick.label));
  }
}

/** Where a glyph sits in its lane (top and height, px), as timeline.css draws it: label above, glyph below. */
const GLYPH_BOX = { point: [LANE_HEIGHT - POINT_PX, POINT_PX], span: [LANE_HEIGHT - 9, 9], period: [LANE_HEIGHT - 9, 7] } as const;
const LABEL_BASELINE = 11;
const CLUSTER_TOP = 1;

function drawMarks(frame: SVGGElement, layout: ViewLayout, el: Make): void {
  for (const mark of layout.marks) {
    const g = el('g', { transform: `translate(0 ${AXIS_HEIGHT + mark.lane * LANE_HEIGHT})`, 'data-event-id': mark.event.id });
    const tentative = mark.event.status !== 'happened';
    const colour = mark.kind === 'point' ? COLOUR('tl-event') : mark.kind === 'span' ? COLOUR('tl-span') : COLOUR('tl-period');
    const dash = tentative ? { 'stroke-dasharray': '4 2' } : {};
    const [top, height] = GLYPH_BOX[mark.kind];
    const x = mark.glyphLeft;
    const fade = fadeStops(mark.event);
    if (fade) {
      // A date known only by bounds, or a period still going on: no edges, a fill fading toward its open or
      // uncertain ends, laid along the event's whole extent as the screen lays it (boundFade.ts).
      const id = `fade-${mark.event.id}`;
      const gradient = el('linearGradient', { id, gradientUnits: 'userSpaceOnUse', x1: mark.x0, x2: mark.x1, y1: 0, y2: 0 });
      const extent = Math.max(mark.event.t1 - mark.event.t0, 1);
      for (const [alpha, t] of fade)
        gradient.append(el('stop', { offset: (t - mark.event.t0) / extent, 'stop-color': colour, 'stop-opacity': alpha }));
      g.append(gradient);
      const dashed = tentative ? { stroke: colour, 'stroke-width': 2, ...dash } : {};
      g.append(
        el('rect', { x, y: LANE_HEIGHT - 10, width: Math.max(mark.glyphWidth, 1), height: 8, rx: 4, fill: `url(#${id})`, ...dashed }),
      );
    } else if (mark.kind === 'point') {
      g.append(
        el('circle', {
          cx: x + POINT_PX / 2,
          cy: top + height / 2,
          r: POINT_PX / 2 - 1,
          // The selected point turns hollow, as on screen, so its ring reads as a ring.
          fill: tentative ? 'none' : mark.selected ? COLOUR('surface') : colour,
          stroke: colour,
          'stroke-width': 2,
          ...dash,
        }),
      );
    } else {
      const fill = tentative ? 'none' : colour;
      g.append(
        el('rect', {
          x: x + 1,
          y: top + 1,
          width: Math.max(mark.glyphWidth - 2, 1),
          height: height - 2,
          rx: 2,
          fill,
          'fill-opacity': mark.kind === 'span' ? 0.3 : 1,
          stroke: colour,
          'stroke-width': 2,
          ...dash,
        }),
      );
    }
    // The screen's ring: an outline of RING px hugging the glyph (outline-offset 0), round a point or a bar.
    const ring = { fill: 'none', stroke: COLOUR('tl-selected'), 'stroke-width': RING };
    if (mark.selected && mark.kind === 'point')
      g.append(el('circle', { cx: x + POINT_PX / 2, cy: top + height / 2, r: POINT_PX / 2 + RING / 2, ...ring }));
    else if (mark.selected)
      g.append(el('rect', { x: x - RING / 2, y: top - RING / 2, width: mark.glyphWidth + RING, height: height + RING, rx: 2, ...ring }));
    // The selected label is marked by colour alone, as on screen (not bold, which would be wider; not underlined, into the ring).
    const selected = mark.selected ? { fill: COLOUR('tl-selected') } : {};
    if (mark.label !== '') g.append(el('text', { x: mark.labelLeft, y: LABEL_BASELINE, ...selected }, mark.label));
    frame.append(g);
  }
  for (const cluster of layout.clusters) {
    const y = AXIS_HEIGHT + cluster.lane * LANE_HEIGHT + CLUSTER_TOP;
    const stroke = cluster.holdsSelected
      ? { stroke: COLOUR('tl-selected'), 'stroke-width': 3 }
      : { stroke: COLOUR('tl-event'), 'stroke-width': 1.5 };
    frame.append(
      el('rect', {
        x: cluster.left,
        y,
        width: cluster.width,
        height: CLUSTER_HEIGHT,
        rx: CLUSTER_HEIGHT / 2,
        fill: COLOUR('tl-cluster'),
        ...stroke,
      }),
    );
    frame.append(
      el('text', { x: cluster.left + cluster.width / 2, y: y + 15, 'text-anchor': 'middle', 'font-weight': 700 }, cluster.count),
    );
  }
}

/** The image as a standalone SVG file's text. */
export const svgFileText = (image: ViewImage): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(image.svg)}\n`;
