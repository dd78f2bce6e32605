import type { ViewWindow } from '../core/viewWindow';
import type { Source, TimelineEvent } from '../model/types';
import { LANE_HEIGHT, POINT_PX } from '../timeline/markBoxes';
import { TIMELINE_TITLE } from './timelineName';
import { type ScreenMeasures, type ViewLayout, layOutView } from './viewLayout';

/**
 * The current view as an SVG image: the axis, the marks and their labels where the screen draws them
 * (see viewLayout), a caption with the view's dates, and lines naming the sources and the view's link.
 * Built with DOM calls, every string from the data a text node, then serialised as XML. It prints in the
 * light colours whatever the screen's scheme: the light values of timeline.css and app.css.
 */
export const COLOURS = {
  paper: '#ffffff',
  fg: '#1d1d1f',
  muted: '#55565b',
  line: '#d5d3cc',
  grid: '#ebe8e0',
  event: '#0b5cad',
  span: '#0b7263',
  period: '#6a4c9c',
  selected: '#b3261e',
  cluster: '#e8eef7',
} as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/** Room around the drawing, and the heights of its parts, in px (the timeline's own: axis 46, lanes 30). */
const MARGIN = 16;
const TITLE_LINE = 22;
const CAPTION_LINE = 18;
const NOTE_LINE = 16;
const AXIS_HEIGHT = 46;
const CONTEXT_HEIGHT = 20;
const FRAME_FOOT = 8;
/** The estimated widths of a character of the 12 px notes and of the 16 px bold title, to wrap them within the image. */
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
  readonly screen?: ScreenMeasures;
}

export interface ViewImage {
  readonly svg: SVGSVGElement;
  readonly width: number;
  readonly height: number;
}

/** Splits text into lines of at most `chars` characters, at spaces where it can (a long link is cut). */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (joined.length <= chars) line = joined;
    else {
      if (line !== '') lines.push(line);
      let rest = word;
      while (rest.length > chars) {
        lines.push(rest.slice(0, chars));
        rest = rest.slice(chars);
      }
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
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
  frame.append(clip, el('rect', { ...box, fill: COLOURS.paper }), inside, el('rect', { ...box, fill: 'none', stroke: COLOURS.line }));
  return { frame, height };
}

export function buildViewImage(input: ViewImageInput, doc: Document = document): ViewImage {
  const layout = layOutView(input.events, input.view, input.width, input.selectedId, input.screen);
  const el = svgMaker(doc);
  const width = input.width + 2 * MARGIN;
  const chars = Math.max(20, Math.floor(input.width / NOTE_CHAR_PX));
  const sourcesLine = `Sources: ${sourcesInView(input)
    .map((s) => `${s.publisher}, “${s.headline}”, ${s.publishedAsPrinted}`)
    .join('; ')}.`;
  const notes = [...wrapText(sourcesLine, chars), ...wrapText(`This view: ${input.link}`, chars)];

  const titleLines = wrapText(TIMELINE_TITLE, Math.floor(input.width / TITLE_CHAR_PX));
  const captionTop = MARGIN + titleLines.length * TITLE_LINE;
  const frameTop = captionTop + CAPTION_LINE + 8;
  const { frame, height: frameHeight } = drawTimelineFrame(layout, input.width, el);
  const notesTop = frameTop + frameHeight + 10;
  const height = notesTop + notes.length * NOTE_LINE + MARGIN;

  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT, 'font-size': 12, fill: COLOURS.fg });
  svg.append(el('title', {}, `${TIMELINE_TITLE}: ${layout.description}`));
  svg.append(el('rect', { width, height, fill: COLOURS.paper }));
  titleLines.forEach((line, i) =>
    svg.append(el('text', { x: MARGIN, y: MARGIN + 15 + i * TITLE_LINE, 'font-size': 16, 'font-weight': 700 }, line)),
  );
  svg.append(el('text', { x: MARGIN, y: captionTop + 13, 'font-size': 13, 'data-caption': 'view' }, layout.description));
  frame.setAttribute('transform', `translate(${MARGIN} ${frameTop})`);
  svg.append(frame);

  notes.forEach((line, i) =>
    svg.append(el('text', { x: MARGIN, y: notesTop + 12 + i * NOTE_LINE, fill: COLOURS.muted, 'data-caption': 'note' }, line)),
  );
  return { svg, width, height };
}

export type Make = <K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
) => SVGElementTagNameMap[K];

function drawAxis(frame: SVGGElement, layout: ViewLayout, frameHeight: number, width: number, el: Make): void {
  frame.append(el('line', { x1: 0, x2: width, y1: CONTEXT_HEIGHT, y2: CONTEXT_HEIGHT, stroke: COLOURS.grid }));
  for (const tick of layout.ticks) {
    frame.append(
      el('line', { x1: tick.x + 0.5, x2: tick.x + 0.5, y1: CONTEXT_HEIGHT, y2: frameHeight - CONTEXT_HEIGHT, stroke: COLOURS.grid }),
    );
    if (tick.shown) frame.append(el('text', { x: tick.x + 4, y: CONTEXT_HEIGHT + 14, fill: COLOURS.muted }, tick.label));
  }
  for (const tick of layout.context) {
    frame.append(el('line', { x1: tick.x + 0.5, x2: tick.x + 0.5, y1: 0, y2: CONTEXT_HEIGHT, stroke: COLOURS.line }));
    if (tick.shown) frame.append(el('text', { x: tick.x + 4, y: 14, 'font-weight': 600 }, tick.label));
  }
}

/** Where a glyph sits in its lane (top and height, px), as timeline.css draws it: label above, glyph below. */
const GLYPH_BOX = { point: [14, 10], span: [14, 9], period: [15, 7] } as const;
const LABEL_BASELINE = 11;
const CLUSTER_TOP = 1;
const CLUSTER_HEIGHT = 22;

function drawMarks(frame: SVGGElement, layout: ViewLayout, el: Make): void {
  for (const mark of layout.marks) {
    const g = el('g', { transform: `translate(0 ${AXIS_HEIGHT + mark.lane * LANE_HEIGHT})`, 'data-event-id': mark.event.id });
    const tentative = mark.event.status !== 'happened';
    const colour = mark.kind === 'point' ? COLOURS.event : mark.kind === 'span' ? COLOURS.span : COLOURS.period;
    const dash = tentative ? { 'stroke-dasharray': '4 2' } : {};
    const [top, height] = GLYPH_BOX[mark.kind];
    const x = mark.glyphLeft;
    if (mark.kind === 'point') {
      g.append(
        el('circle', {
          cx: x + POINT_PX / 2,
          cy: top + height / 2,
          r: POINT_PX / 2 - 1,
          fill: tentative ? 'none' : colour,
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
    // The screen's 3 px outline, 2 px clear of the glyph: a ring round a point, a frame round a bar.
    const ring = { fill: 'none', stroke: COLOURS.selected, 'stroke-width': 3 };
    if (mark.selected && mark.kind === 'point')
      g.append(el('circle', { cx: x + POINT_PX / 2, cy: top + height / 2, r: POINT_PX / 2 + 3.5, ...ring }));
    else if (mark.selected)
      g.append(el('rect', { x: x - 3.5, y: top - 3.5, width: mark.glyphWidth + 7, height: height + 7, rx: 3, ...ring }));
    // The selected label is marked by colour and an underline, as on screen (not bold, which would be wider).
    const selected = mark.selected ? { fill: COLOURS.selected, 'text-decoration': 'underline' } : {};
    if (mark.label !== '') g.append(el('text', { x: mark.labelLeft, y: LABEL_BASELINE, ...selected }, mark.label));
    frame.append(g);
  }
  for (const cluster of layout.clusters) {
    const y = AXIS_HEIGHT + cluster.lane * LANE_HEIGHT + CLUSTER_TOP;
    const stroke = cluster.holdsSelected ? { stroke: COLOURS.selected, 'stroke-width': 3 } : { stroke: COLOURS.event, 'stroke-width': 1.5 };
    frame.append(
      el('rect', {
        x: cluster.left,
        y,
        width: cluster.width,
        height: CLUSTER_HEIGHT,
        rx: CLUSTER_HEIGHT / 2,
        fill: COLOURS.cluster,
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
