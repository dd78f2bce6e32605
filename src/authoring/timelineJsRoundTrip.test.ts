import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY } from '../model/duration';
import { type PartialDate, hookDate, isoDay } from '../model/partialDate';
import type { RawEvent } from '../model/schema';
import type { Dataset, TimelineEvent } from '../model/types';
import { validateDataset } from '../model/validateDataset';
import { dataset } from '../testing/realDataset';
import { timelineJsHostileDataset } from '../testing/timelineJsHostileDataset';
import { timelineJsJsonText, toTimelineJsCsv } from './exportTimelineJs';
import type { TimelineJsImport } from './importReport';
import { readTimelineJs } from './readTimelineJs';
import { TIMELINEJS_CANNOT_HOLD } from '../model/importReasons';
import { englishI18n } from '../testing/englishI18n';

/** The display dates in the catalogue's English, as the workbench's export writes them. */
const { dates } = englishI18n;

const FORMATS = [
  { name: 'JSON', file: 'timeline.json', write: (d: Dataset) => timelineJsJsonText(d, 'Japan–South Korea relations', dates) },
  { name: 'CSV', file: 'timeline.csv', write: (d: Dataset) => toTimelineJsCsv(d, dates) },
] as const;

function imported(result: TimelineJsImport) {
  if (!result.ok) throw new Error(`the import failed: ${result.report.error}`);
  return result;
}

/** Where the slide dates an event: a bounded one at its earliest known bound (or latest), a week at its Monday. */
const expectedStart = (e: TimelineEvent): string => hookDate((e.earliest ?? e.latest)?.date ?? e.start);
/** An end only for a closed period; a week ends on its Sunday. */
const expectedEnd = (e: TimelineEvent): string | undefined => {
  const end: PartialDate | undefined = e.end;
  if (!end) return undefined;
  return end.precision === 'week' ? isoDay(end.end - DAY) : end.iso;
};

/** What a TimelineJS file can give back of an event. */
const heldByTimelineJs = (e: TimelineEvent) => ({
  id: e.id,
  title: e.title,
  start: expectedStart(e),
  end: expectedEnd(e),
  status: e.status,
  tags: e.tags.slice(0, 1),
  note: e.note,
  citations: e.citations.slice(0, 1).map((c) => ({ source: c.sourceId, quote: c.quote })),
});

/** The same fields of a draft event. */
const heldOfDraft = ({ id, title, start, end, status, tags, note, citations }: RawEvent) => ({
  id,
  title,
  start,
  end,
  status,
  tags,
  note,
  citations,
});

describe.each(FORMATS)('a round trip through TimelineJS $name', ({ file, write }) => {
  const result = imported(readTimelineJs(write(dataset), file, dataset.sources));

  it('gives back every event: id, title, dates, status, first tag, note and first citation', () => {
    expect(result.events.map(heldOfDraft)).toEqual(dataset.events.map(heldByTimelineJs));
  });

  it('gives dates at their own precision, except weeks and bounds', () => {
    const byId = new Map(result.events.map((e) => [e.id, e]));
    expect(byId.get('pact-1965')?.start).toBe('1965');
    expect(byId.get('forced-labor-rulings')?.start).toBe('2018-10');
    expect(byId.get('gsomia-extension')?.start).toBe('2019-11-22');
    expect(byId.get('japanese-colonial-rule')).toMatchObject({ start: '1910', end: '1945' });
    expect(byId.get('vienna-preparatory-talks')?.start).toBe('2019-12-02');
    expect(byId.get('dispute-spreads-trade-security')?.start).toBe('2018-10');
  });

  it('reports what TimelineJS could not hold: each week, bound, open end and further citation', () => {
    const { report } = result;
    expect(report).toMatchObject({ read: dataset.events.length, imported: dataset.events.length, unsourced: 0 });
    expect(report.cannotHold).toEqual(TIMELINEJS_CANNOT_HOLD);
    const lostOf = (id: string) => report.notices.filter((n) => n.kind === 'lost' && n.eventId === id).map((n) => n.message);
    expect(lostOf('vienna-preparatory-talks')).toEqual([expect.stringContaining('ISO week (2019-W49)')]);
    expect(lostOf('dispute-spreads-trade-security')).toEqual([expect.stringContaining('known only by bounds, [2018-10-01..2019-11-29]')]);
    expect(lostOf('tokyo-seoul-at-odds')).toEqual([expect.stringContaining('still going on when reported (2018-10/..)')]);
    const further = report.notices.filter((n) => n.message.startsWith('a further citation'));
    expect(further).toHaveLength(dataset.events.reduce((n, e) => n + e.citations.length - 1, 0));
    expect(report.notices.filter((n) => n.kind === 'check' || n.kind === 'skipped')).toEqual([]);
  });

  it('gives new ids, and says so, where the events are already in the draft', () => {
    const ids = new Set(dataset.events.map((e) => e.id));
    const again = imported(readTimelineJs(write(dataset), file, dataset.sources, ids));
    expect(again.events.filter((e) => ids.has(e.id))).toEqual([]);
    expect(new Set(again.events.map((e) => e.id)).size).toBe(dataset.events.length);
    const changed = again.report.notices.filter((n) => n.kind === 'check' && n.message.includes('is already in use'));
    expect(changed).toHaveLength(dataset.events.length);
  });

  it('keeps markup, formulas, quotes, commas and line breaks as they were', () => {
    const back = imported(readTimelineJs(write(timelineJsHostileDataset), file, timelineJsHostileDataset.sources));
    expect(back.events.map(heldOfDraft)).toEqual(timelineJsHostileDataset.events.map(heldByTimelineJs));
  });
});

/** Text with what breaks formats: markup, entities, quotes, commas, line breaks, formula starts, Hangul and kana. */
const hostileText = fc
  .string({
    unit: fc.constantFrom('a', 'B', '7', ' ', '<', '>', '/', '&', ';', '#', '"', "'", ',', '\n', '=', '+', '-', '@', '|', '한', 'カ', '’'),
    maxLength: 30,
  })
  .filter((s) => s.trim() !== '');

/** A one-event dataset whose title, quote and note are the given strings, checked by the real validator. */
function datasetOf(title: string, quote: string, note: string): Dataset {
  const cited = `${quote} on Friday`;
  const checked = validateDataset({
    sources: [
      { id: 's', file: 's.txt', publisher: 'P', headline: 'H', byline: 'B', publishedAsPrinted: '2019/11/29', published: '2019-11-29' },
    ],
    events: [
      {
        id: 'e',
        title,
        label: 'L',
        start: '2019-11-29',
        status: 'happened',
        tags: [],
        note,
        citations: [{ source: 's', quote: cited, dating: { words: 'Friday', reference: '2019-11-29', resolved: '2019-11-29' } }],
      },
    ],
    texts: { 's.txt': `Before. ${cited}. After.` },
  });
  expect(checked.problems).toEqual([]);
  return checked.dataset;
}

describe('any title, quote and note', () => {
  it.each(FORMATS)('come back from TimelineJS $name as they were (a title on one line)', ({ file, write }) => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (title, quote, note) => {
        const d = datasetOf(title, quote, note);
        const [event] = imported(readTimelineJs(write(d), file, d.sources)).events;
        const [original] = d.events;
        expect(event?.title).toBe(original?.title.replace(/\s+/g, ' '));
        expect(event?.citations).toEqual([{ source: 's', quote: original?.citations[0]?.quote }]);
        expect(event?.note).toBe(original?.note);
      }),
      { numRuns: 60 },
    );
  });
});
