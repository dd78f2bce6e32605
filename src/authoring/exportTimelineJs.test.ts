// @vitest-environment jsdom
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { unguardCsvField } from '../exports/datasetCsv';
import { dataset, eventById } from '../testing/realDataset';
import { HOSTILE } from '../testing/exportsHostileDataset';
import { timelineJsJsonText, toTimelineJsCsv, toTimelineJsJson } from './exportTimelineJs';
import { timelineJsHostileDataset } from '../testing/timelineJsHostileDataset';
import { TIMELINEJS_CSV_COLUMNS, type TimelineJsSlide } from './timelineJsFormat';
import { englishI18n } from '../testing/englishI18n';

/** The display dates in the catalogue's English, as the workbench's export writes them. */
const { dates } = englishI18n;

const slides = toTimelineJsJson(dataset, 'Japan–South Korea relations', dates).events;
const slideOf = (id: string): TimelineJsSlide => {
  const slide = slides.find((s) => s.unique_id === id);
  if (!slide) throw new Error(`no slide ${id}`);
  return slide;
};

/** The HTML as TimelineJS puts it in the page (jsdom parses it here, in the test only). */
const rendered = (html: string): HTMLElement => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

/** Every element and attribute a string of the export makes when TimelineJS renders it. */
const markupOf = (html: string): string[] =>
  [...rendered(html).querySelectorAll('*')].flatMap((el) => [el.localName, ...[...el.attributes].map((a) => `${el.localName}[${a.name}]`)]);

/** Our slide text makes these and nothing else: no data string may add an element or an attribute. */
const OUR_MARKUP = new Set([
  'p',
  'blockquote',
  'cite',
  'span',
  'p[data-event-id]',
  'p[data-status]',
  'p[data-date]',
  'blockquote[data-quote]',
]);
['p[data-citation]', 'p[data-note]', 'span[data-more-citation]'].forEach((m) => OUR_MARKUP.add(m));

/** Each HTML string of a slide, as TimelineJS reads it. */
const htmlFields = (slide: TimelineJsSlide): string[] => [
  slide.text.headline,
  slide.text.text,
  slide.display_date ?? '',
  slide.media?.caption ?? '',
  slide.media?.credit ?? '',
  slide.group ?? '',
];

describe('the dataset as TimelineJS JSON', () => {
  it('has one slide per event, named by its id, titled by its title, grouped by its first tag', () => {
    expect(slides.map((s) => s.unique_id)).toEqual(dataset.events.map((e) => e.id));
    for (const event of dataset.events) {
      const slide = slideOf(event.id);
      expect(rendered(slide.text.headline).textContent).toBe(event.title);
      expect(slide.group).toBe(event.tags[0]);
    }
  });

  it('leaves out the fields finer than the date is known', () => {
    expect(slideOf('pact-1965').start_date).toEqual({ year: 1965 });
    expect(slideOf('forced-labor-rulings').start_date).toEqual({ year: 2018, month: 10 });
    expect(slideOf('gsomia-extension').start_date).toEqual({ year: 2019, month: 11, day: 22 });
    expect(slideOf('japanese-colonial-rule')).toMatchObject({ start_date: { year: 1910 }, end_date: { year: 1945 } });
    expect(slideOf('pact-1965').display_date).toBeUndefined();
  });

  it('dates a week at its Monday and says it is a week', () => {
    expect(slideOf('vienna-preparatory-talks')).toMatchObject({
      start_date: { year: 2019, month: 12, day: 2 },
      display_date: 'The week of 2 December 2019',
    });
  });

  it('dates an event known only by bounds at its earliest known bound, and says the bounds in words', () => {
    const between = slideOf('dispute-spreads-trade-security');
    expect(between).toMatchObject({
      start_date: { year: 2018, month: 10 },
      display_date: 'Some time between October 2018 and 29 November 2019',
    });
    expect(between.end_date).toBeUndefined();
    expect(slideOf('previous-dg-trade-meeting')).toMatchObject({
      start_date: { year: 2016, month: 12 },
      display_date: 'In December 2016 or before',
    });
    expect(slideOf('seoul-compensation-offer')).toMatchObject({ start_date: { year: 2023 }, display_date: 'In 2023 or before' });
  });

  it('gives a period still going on its start and no end, and says it was going on', () => {
    const atOdds = slideOf('tokyo-seoul-at-odds');
    expect(atOdds).toMatchObject({
      start_date: { year: 2018, month: 10 },
      display_date: 'From October 2018, still going on when reported on 29 November 2019',
    });
    expect(atOdds.end_date).toBeUndefined();
  });

  it('puts the status in words, the first quote and its source as printed in the text and the credit', () => {
    const event = eventById('tokyo-export-control-talks');
    const [first, ...more] = event.citations;
    const source = dataset.sources.find((s) => s.id === first?.sourceId);
    const slide = slideOf(event.id);
    const text = rendered(slide.text.text);
    expect(text.textContent).toContain('Announced: officials had set it for a date');
    expect(text.querySelector('blockquote')?.textContent).toBe(first?.quote);
    expect(text.querySelector('cite')?.textContent).toBe(source?.headline);
    expect(text.textContent).toContain(`${source?.publisher}, ${source?.publishedAsPrinted}`);
    for (const c of more) expect(text.textContent).toContain(`“${c.quote}”`);
    expect(rendered(slide.media?.caption ?? '').textContent).toBe(first?.quote);
    expect(rendered(slide.media?.credit ?? '').textContent).toBe(
      `${source?.headline}, ${source?.publisher}, ${source?.publishedAsPrinted}`,
    );
  });

  it('keeps the note in the text', () => {
    const event = eventById('vienna-preparatory-talks');
    expect(rendered(slideOf(event.id).text.text).textContent).toContain(event.note);
  });

  it('titles the timeline and names its sources on the title slide', () => {
    const file = toTimelineJsJson(dataset, 'Japan & Korea <1910–2023>', dates);
    expect(file.title?.text.headline).toBe('Japan &amp; Korea &lt;1910–2023&gt;');
    for (const source of dataset.sources) expect(rendered(file.title?.text.text ?? '').textContent).toContain(source.headline);
    expect(JSON.parse(timelineJsJsonText(dataset, 'T', dates))).toEqual(toTimelineJsJson(dataset, 'T', dates));
  });

  it('keeps every hostile string as text: TimelineJS renders no element or attribute of the data', () => {
    const file = toTimelineJsJson(timelineJsHostileDataset, HOSTILE.markup, dates);
    const fields = [file.title?.text.headline ?? '', file.title?.text.text ?? '', ...file.events.flatMap(htmlFields)];
    for (const html of fields) {
      expect(markupOf(html).filter((m) => !OUR_MARKUP.has(m))).toEqual([]);
    }
    const [slide] = file.events;
    expect(rendered(slide?.text.headline ?? '').textContent).toBe(timelineJsHostileDataset.events[0]?.title);
    // HTML reads a CRLF in text as one line break, as any browser does.
    const quote = timelineJsHostileDataset.events[0]?.citations[0]?.quote.replaceAll('\r\n', '\n');
    expect(rendered(slide?.text.text ?? '').querySelector('blockquote')?.textContent).toBe(quote);
    expect(rendered(file.title?.text.headline ?? '').textContent).toBe(HOSTILE.markup);
  });
});

/** The CSV as a spreadsheet reads it: rows of cells, each without the apostrophe that kept it from being a formula. */
const csvRows = (text: string): string[][] => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe('the dataset as a TimelineJS CSV', () => {
  it("has the Google Sheet template's columns, in order, and a row per event", () => {
    const [header, ...rows] = csvRows(toTimelineJsCsv(dataset, dates));
    expect(header).toEqual([...TIMELINEJS_CSV_COLUMNS]);
    expect(rows).toHaveLength(dataset.events.length);
  });

  it('writes the same slides as the JSON, cell by cell', () => {
    const [, ...rows] = csvRows(toTimelineJsCsv(dataset, dates));
    rows.forEach((cells, i) => {
      const slide = slides[i];
      const cell = (column: (typeof TIMELINEJS_CSV_COLUMNS)[number]) =>
        unguardCsvField(cells[TIMELINEJS_CSV_COLUMNS.indexOf(column)] ?? '');
      expect([cell('Year'), cell('Month'), cell('Day')]).toEqual([
        String(slide?.start_date.year),
        String(slide?.start_date.month ?? ''),
        String(slide?.start_date.day ?? ''),
      ]);
      expect([cell('End Year'), cell('End Month'), cell('End Day')]).toEqual([
        String(slide?.end_date?.year ?? ''),
        String(slide?.end_date?.month ?? ''),
        String(slide?.end_date?.day ?? ''),
      ]);
      expect(cell('Display Date')).toBe(slide?.display_date ?? '');
      expect(cell('Headline')).toBe(slide?.text.headline);
      expect(cell('Text')).toBe(slide?.text.text);
      expect(cell('Media Credit')).toBe(slide?.media?.credit);
      expect(cell('Media Caption')).toBe(slide?.media?.caption);
      expect(cell('Group')).toBe(slide?.group);
    });
  });

  it('lets no cell start as a formula, and keeps quotes, commas and line breaks in their cells', () => {
    const text = toTimelineJsCsv(timelineJsHostileDataset, dates);
    const [, ...rows] = csvRows(text);
    expect(rows.flat().filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const headline = rows[0]?.[TIMELINEJS_CSV_COLUMNS.indexOf('Headline')] ?? '';
    expect(headline.startsWith("'=cmd|")).toBe(true);
    expect(rendered(unguardCsvField(headline)).textContent).toBe(timelineJsHostileDataset.events[0]?.title);
    const [first] = toTimelineJsJson(timelineJsHostileDataset, 'T', dates).events;
    expect(rows[0]?.[TIMELINEJS_CSV_COLUMNS.indexOf('Text')]).toBe(first?.text.text);
  });
});
