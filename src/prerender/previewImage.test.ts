// @vitest-environment jsdom
import { Resvg } from '@resvg/resvg-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPreviewFonts } from '../../scripts/previewFonts';
import { createPreviewRenderer } from '../../scripts/previewImages';
import { englishI18n as en } from '../testing/englishI18n';
import { dataset, eventById } from '../testing/realDataset';
import { HOSTILE } from '../testing/exportsHostileDataset';
import { eventPreviewCard, indexPreviewCard } from './previewCards';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, type PreviewCard, buildPreviewImage } from './previewImage';

const fonts = loadPreviewFonts();
const MARGIN = 56;

beforeAll(async () => {
  await createPreviewRenderer(buildPreviewImage); // starts the renderer's WebAssembly for the checks below
});

const picture = (card: PreviewCard) => buildPreviewImage(card, fonts, document);
const lines = (svg: SVGSVGElement, role: string) => [...svg.querySelectorAll(`[data-preview="${role}"]`)].map((t) => t.textContent);
/** Where the timeline's frame starts, px from the top (its translate). */
const frameTop = (svg: SVGSVGElement) =>
  Number(/translate\([\d.]+ ([\d.]+)\)/.exec(svg.querySelector('[data-preview="timeline"]')?.getAttribute('transform') ?? '')?.[1]);

/** A card whose every string is far too long, and hostile. */
const overlong: PreviewCard = {
  ...eventPreviewCard(eventById('gsomia-extension'), dataset, en),
  heading: `${HOSTILE.markup} `.repeat(8),
  title: `${HOSTILE.markup} ${'Averyveryverylongwordwithoutanyspaceatallthatcannotbreak'.repeat(4)} ${HOSTILE.quotes} `.repeat(6),
  dateText: `${HOSTILE.tex} `.repeat(10),
  body: { text: `${HOSTILE.formula} ${HOSTILE.lines} WWWWWWWWWW `.repeat(40), marks: ['“', '”'] },
  sourcesText: `Sources: ${HOSTILE.markup}; `.repeat(12),
};

const cards: [string, PreviewCard][] = [
  ['the timeline', indexPreviewCard(dataset, en)],
  ...dataset.events.map((e): [string, PreviewCard] => [e.id, eventPreviewCard(e, dataset, en)]),
  ['a card of overlong, hostile strings', overlong],
];

describe('the preview image of a page', () => {
  it('is 1200 × 630 px', () => {
    const svg = picture(indexPreviewCard(dataset, en));
    expect([svg.getAttribute('width'), svg.getAttribute('height'), svg.getAttribute('viewBox')]).toEqual(['1200', '630', '0 0 1200 630']);
  });

  it.each(dataset.events.map((e) => e.id))('of %s names the event whole, its date, its first quote and its sources', (id) => {
    const event = eventById(id);
    const svg = picture(eventPreviewCard(event, dataset, en));
    expect(lines(svg, 'title').join(' ')).toBe(event.title);
    expect(lines(svg, 'date').join(' ')).toMatch(/\d{4}/);
    const quote = lines(svg, 'quote').join(' ');
    const words = (event.citations[0]?.quote ?? '').split(/\s+/);
    expect(quote.startsWith(`“${words.slice(0, 4).join(' ')}`)).toBe(true);
    expect(quote.endsWith('”')).toBe(true);
    const sources = lines(svg, 'sources').join(' ');
    for (const c of event.citations) expect(sources).toContain(dataset.sources.find((s) => s.id === c.sourceId)?.publisher);
    // The timeline's frame shows the event, selected.
    const mark = svg.querySelector(`[data-preview="timeline"] g[data-event-id="${id}"]`);
    expect(mark?.querySelector('[stroke="#b3261e"]')).not.toBeNull();
  });

  it.each(cards)('of %s keeps every line within the margins and above the frame, by the fonts’ measure', (_, card) => {
    const svg = picture(card);
    const top = frameTop(svg);
    expect(top).toBeGreaterThan(PREVIEW_HEIGHT / 3);
    for (const text of svg.querySelectorAll('text[data-preview]')) {
      const size = Number(text.getAttribute('font-size'));
      const weight = text.getAttribute('font-weight') === '700' ? 700 : 400;
      expect(fonts.measure(text.textContent ?? '', { size, weight })).toBeLessThanOrEqual(PREVIEW_WIDTH - 2 * MARGIN);
      const baseline = Number(text.getAttribute('y'));
      const role = text.getAttribute('data-preview');
      // Descenders reach about 0.3 em below the baseline.
      if (role === 'sources') expect(baseline + 0.3 * size).toBeLessThanOrEqual(PREVIEW_HEIGHT);
      else expect(baseline + 0.3 * size).toBeLessThanOrEqual(top);
    }
  });

  it.each(cards)('of %s keeps every line within the margins as the renderer sets it (with its own shaping)', (_, card) => {
    const svg = picture(card);
    const top = frameTop(svg);
    for (const text of svg.querySelectorAll('text[data-preview]')) {
      const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" font-family="${fonts.fontFamily}">${new XMLSerializer().serializeToString(text)}</svg>`;
      const resvg = new Resvg(alone, { font: { fontBuffers: [...fonts.buffers], defaultFontFamily: 'Noto Sans' } });
      const box = resvg.getBBox();
      resvg.free();
      if (!box) continue; // a line of spaces draws nothing
      expect(box.x).toBeGreaterThanOrEqual(MARGIN - 4);
      expect(box.x + box.width).toBeLessThanOrEqual(PREVIEW_WIDTH - MARGIN);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(text.getAttribute('data-preview') === 'sources' ? PREVIEW_HEIGHT : top);
    }
  });

  it('cuts an overlong title and quote with an ellipsis, the quote still closed by its mark', () => {
    const svg = picture(overlong);
    expect(lines(svg, 'title').length).toBeLessThanOrEqual(3);
    expect(lines(svg, 'title').at(-1)).toMatch(/…$/);
    expect(lines(svg, 'quote').at(-1)).toMatch(/…”$/);
  });

  it('keeps hostile strings as text', () => {
    const text = new XMLSerializer().serializeToString(picture(overlong));
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelector('script, img')).toBeNull();
    expect(parsed.documentElement.textContent).toContain('<script>');
  });
});
