// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { FULL_RANGE } from '../core/viewWindow';
import { englishI18n, japaneseI18n, koreanI18n } from '../testing/englishI18n';
import { datasetIn, eventIn } from '../testing/inLanguage';
import { dataset } from '../testing/realDataset';
import { HOSTILE, hostileDataset } from '../testing/exportsHostileDataset';
import { buildViewImage, svgFileText } from './viewImage';
import { textColumns } from './wrapText';
import { fitLabel, layOutView } from './viewLayout';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const link = 'https://example.org/?date=2019-11&span=3m';
const input = {
  events: dataset.events,
  sources: dataset.sources,
  view: { start: utc(2019, 10), end: utc(2020, 1, 15) },
  width: 1000,
  selectedId: 'gsomia-extension',
  link,
  i18n: englishI18n,
};

/** Parses the file as an XML reader would: markup in the data must not have become elements. */
const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');

describe('the view as an SVG image', () => {
  it('draws every mark the layout places, with its label as the screen shows it', () => {
    const layout = layOutView(input.events, input.view, input.width, input.selectedId, englishI18n);
    expect(layout.marks.length).toBeGreaterThan(3);
    const doc = parse(svgFileText(buildViewImage(input, englishI18n)));
    for (const mark of layout.marks) {
      const g = doc.querySelector(`g[data-event-id="${mark.event.id}"]`);
      expect(g?.textContent).toBe(mark.label);
    }
    const labels = [...doc.querySelectorAll('g[data-event-id] text')].map((t) => t.textContent);
    expect(labels).toContain('Kajiyama announces talks');
    expect(labels).toContain('Talks in Vienna');
  });

  it('has a caption with the view’s dates, and lines naming the sources and the view’s link', () => {
    const doc = parse(svgFileText(buildViewImage(input, englishI18n)));
    expect(doc.querySelector('[data-caption="view"]')?.textContent).toBe('October 2019 to December 2019, 8 events'); // with the dispute still going on and two events dated by bounds that reach into it
    const notes = [...doc.querySelectorAll('[data-caption="note"]')].map((t) => t.textContent).join(' ');
    expect(notes).toContain('Xinhua, “Japanese, S. Korean senior trade officials');
    expect(notes.replaceAll(' ', '')).toContain(link);
  });

  it('lays the axis out as the screen does: years, with the second tier only where it belongs', () => {
    const layout = layOutView(input.events, FULL_RANGE, 1000, null, englishI18n);
    expect(layout.ticks.filter((t) => t.shown).map((t) => t.label)).toContain('1950');
    expect(layout.context).toEqual([]);
  });

  it('keeps hostile strings as text', () => {
    const hostile = {
      ...input,
      events: hostileDataset.events,
      sources: hostileDataset.sources,
      view: { start: utc(2017), end: utc(2021) },
      selectedId: null,
    };
    const text = svgFileText(buildViewImage(hostile, englishI18n));
    const doc = parse(text);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script, img')).toBeNull();
    const all = doc.documentElement.textContent ?? '';
    expect(all).toContain(HOSTILE.minus);
    expect(all).toContain(HOSTILE.at);
    expect(all).toContain(HOSTILE.formula.slice(0, 10));
    expect(all).toContain(HOSTILE.markup);
    expect(all).toContain(HOSTILE.hangul);
    expect(text).not.toContain('<script');
  });

  it('is as wide as the timeline on screen, with room around it', () => {
    const image = buildViewImage({ ...input, width: 343 }, englishI18n);
    expect(image.width).toBe(343 + 32);
    expect(image.svg.getAttribute('viewBox')).toBe(`0 0 ${image.width} ${image.height}`);
  });
});

describe('the view as an SVG image in Japanese and Korean', () => {
  it('captions the view, names its sources and its link in the page’s language, the headlines as printed', () => {
    const events = datasetIn('ja').events;
    const doc = parse(svgFileText(buildViewImage({ ...input, events }, japaneseI18n)));
    expect(doc.querySelector('title')?.textContent).toBe('日韓関係 1910–2023年：2019年10月～2019年12月、出来事8件');
    expect(doc.querySelector('[data-caption="view"]')?.textContent).toBe('2019年10月～2019年12月、出来事8件');
    const notes = [...doc.querySelectorAll('[data-caption="note"]')].map((t) => t.textContent).join('');
    expect(notes).toMatch(/^出典：Xinhua「Japanese, S. Korean senior trade officials/);
    expect(notes).toContain('この表示：');
    const labels = [...doc.querySelectorAll('g[data-event-id] text')].map((t) => t.textContent);
    expect(labels).toContain(eventIn('ja', 'kajiyama-announces-talks').label);
  });

  it('keeps every line of Korean or Japanese within the image, wide characters counted as two', () => {
    const image = buildViewImage({ ...input, events: datasetIn('ko').events, width: 343 }, koreanI18n);
    const room = Math.floor(343 / 6.4);
    for (const line of [...image.svg.querySelectorAll('[data-caption="note"]')].map((t) => t.textContent ?? ''))
      expect(textColumns(line), line).toBeLessThanOrEqual(room);
  });
});

describe('fitLabel', () => {
  it('keeps a label that fits and shortens one that does not, with an ellipsis', () => {
    expect(fitLabel('GSOMIA extension', 400)).toBe('GSOMIA extension');
    const short = fitLabel('GSOMIA extension', 60);
    expect(short).toMatch(/^GSO.*…$/);
    expect(short.length).toBeLessThan('GSOMIA extension'.length);
  });

  it('cuts where the measure says the text no longer fits', () => {
    const tenPxPerChar = (text: string) => text.length * 10;
    expect(fitLabel('abcdefgh', 80, tenPxPerChar)).toBe('abcdefgh');
    expect(fitLabel('abcdefgh', 79, tenPxPerChar)).toBe('abcdef…');
  });
});
