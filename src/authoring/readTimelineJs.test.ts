import { readFileSync } from 'node:fs';
import { templateCsv } from '../testing/templateCsv';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../model/validateDataset';
import { dataset } from '../testing/realDataset';
import { timelineJsJsonText, toTimelineJsCsv } from './exportTimelineJs';
import { NOT_TIMELINEJS, type ImportNotice, type TimelineJsImport } from './importReport';
import { readTimelineJs } from './readTimelineJs';
import { TIMELINEJS_CSV_COLUMNS } from './timelineJsFormat';
import { englishI18n } from '../testing/englishI18n';

/** The display dates in the catalogue's English, as the workbench's export writes them. */
const { dates } = englishI18n;

function imported(result: TimelineJsImport) {
  if (!result.ok) throw new Error(`the import failed: ${result.report.error}`);
  return result;
}

const noticesAt = (notices: readonly ImportNotice[], row: number) => notices.filter((n) => n.at.number === row);

describe('a TimelineJS CSV written by hand in the template', () => {
  const apollo = imported(readTimelineJs(readFileSync('src/testing/timelinejs-apollo.csv', 'utf8'), 'apollo.csv', dataset.sources));
  const byTitle = (title: string) => apollo.events.find((e) => e.title === title);

  it('imports every row but the one with an impossible date, and names that row and why', () => {
    expect(apollo.report).toMatchObject({ format: 'TimelineJS CSV', read: 7, imported: 6 });
    expect(apollo.report.notices.filter((n) => n.kind === 'skipped')).toEqual([
      { kind: 'skipped', at: { kind: 'row', number: 7 }, reason: 'not-a-real-date', message: '1970-02-31 is not a real date' },
    ]);
    expect(apollo.events.map((e) => e.title)).not.toContain('Apollo 13');
  });

  it('reads the title row as the title, not an event', () => {
    expect(noticesAt(apollo.report.notices, 2)).toEqual([expect.objectContaining({ kind: 'not-an-event' })]);
  });

  it('dates each row at the precision of its filled cells', () => {
    expect(byTitle('Kennedy asks Congress for a Moon landing')?.start).toBe('1961-05-25');
    expect(byTitle('Apollo 8 orbits the Moon')?.start).toBe('1968-12');
    expect(byTitle('Last crewed landing on the Moon')?.start).toBe('1972');
    expect(byTitle('Apollo 11')).toMatchObject({ start: '1969-07-16', end: '1969-07-24' });
  });

  it('reads HTML as plain text, dropping its markup and scripts', () => {
    expect(byTitle('Apollo 1 fire')?.note).toBe('Three astronauts die in a cabin fire during a launch rehearsal & the programme pauses.');
    expect(byTitle('Apollo 11')?.note).toBe('Launch on 16 July, landing on 20 July, splashdown on 24 July.');
  });

  it('keeps a formula-like headline as text, and makes its id a slug', () => {
    const formula = byTitle('=HYPERLINK("http://evil.example","Apollo 14")');
    expect(formula?.id).toBe('hyperlink-http-evil-example-apollo-14');
  });

  it('makes short labels, cut between words', () => {
    for (const event of apollo.events) expect(event.label.length).toBeLessThanOrEqual(30);
    expect(byTitle('Kennedy asks Congress for a Moon landing')?.label).toBe('Kennedy asks Congress for a…');
    expect(byTitle('Apollo 11')?.label).toBe('Apollo 11');
  });

  it('takes a group as a tag only when it is one of the timeline’s tags', () => {
    expect(byTitle('Apollo 1 fire')?.tags).toEqual(['history']);
    expect(byTitle('Last crewed landing on the Moon')?.tags).toEqual(['history']);
    expect(byTitle('Kennedy asks Congress for a Moon landing')?.tags).toEqual([]);
    expect(noticesAt(apollo.report.notices, 3)).toContainEqual(
      expect.objectContaining({ kind: 'lost', message: expect.stringContaining('"speeches"') }),
    );
  });

  it('reports what a draft event cannot hold: a picture and its credit, a background, a time, a display date', () => {
    const lost = (row: number) =>
      noticesAt(apollo.report.notices, row)
        .filter((n) => n.kind === 'lost')
        .map((n) => n.message);
    expect(lost(4)).toEqual([
      'the media https://example.org/apollo-1.jpg',
      'the media caption "The Apollo 1 crew"',
      'the media credit "NASA"',
    ]);
    expect(lost(6)).toEqual(['the background']);
    expect(lost(8)).toEqual(['the time of day "13:03"']);
    expect(lost(9)).toEqual(['the display date "c. 1972"']);
  });

  it('takes every status as happened, and marks each for the curator, pointing at words of the future', () => {
    expect(apollo.events.every((e) => e.status === 'happened')).toBe(true);
    const checks = apollo.report.notices.filter((n) => n.kind === 'check');
    expect(checks).toHaveLength(6);
    expect(noticesAt(checks, 8)[0]?.message).toContain('though its text says "will"');
  });

  it('gives unsourced drafts, which the validator keeps out of an export until a quote is attached', () => {
    expect(apollo.events.every((e) => e.citations.length === 0)).toBe(true);
    expect(apollo.report.unsourced).toBe(6);
    const checked = validateDataset({ sources: [], events: apollo.events, texts: {} });
    expect(checked.dataset.events).toEqual([]);
    for (const event of apollo.events) {
      expect(checked.problems).toContainEqual(expect.objectContaining({ kind: 'no-citation', eventId: event.id, path: ['citations'] }));
    }
  });
});

describe('rows with impossible dates', () => {
  it.each([
    ['month 13', { Year: '2019', Month: '13', Day: '1' }, 'not-a-month', 'month "13" is not a month (1 to 12)'],
    ['31 February', { Year: '2019', Month: '2', Day: '31' }, 'not-a-real-date', '2019-02-31 is not a real date'],
    ['no year', { Month: '5', Day: '1' }, 'no-year', 'it has no year'],
    ['a day without a month', { Year: '2019', Day: '12' }, 'day-without-month', 'its day 12 has no month'],
    ['year 0', { Year: '0' }, 'not-a-year', 'year "0" is not a year from 1 to 9999'],
    ['a year in words', { Year: 'nineteen' }, 'not-a-year', 'year "nineteen" is not a year from 1 to 9999'],
    [
      'an end before the start',
      { Year: '2019', Month: '5', 'End Year': '2019', 'End Month': '4' },
      'ends-before-starts',
      'it ends (2019-04) before it starts (2019-05)',
    ],
    ['an end with no year', { Year: '2019', 'End Month': '4' }, 'end-without-year', 'its end has a month or day but no year'],
  ] as const)('skips %s, with the reason, and imports the rest', (_name, cells, reason, message) => {
    const result = imported(readTimelineJs(templateCsv({ ...cells, Headline: 'Bad' }, { Year: '2019', Headline: 'Good' }), 'x.csv', []));
    expect(result.events.map((e) => e.title)).toEqual(['Good']);
    expect(result.report.notices.filter((n) => n.kind === 'skipped')).toEqual([
      { kind: 'skipped', at: { kind: 'row', number: 2 }, reason, message },
    ]);
  });

  it('reads a year written with a thousands separator, as TimelineJS does', () => {
    expect(imported(readTimelineJs(templateCsv({ Year: '"1,969"', Headline: 'x' }), 'x.csv', [])).events[0]?.start).toBe('1969');
  });

  it('skips a slide with no headline', () => {
    const result = imported(readTimelineJs(templateCsv({ Year: '1969' }), 'x.csv', []));
    expect(result.report.notices).toEqual([expect.objectContaining({ kind: 'skipped', message: expect.stringContaining('no headline') })]);
  });
});

/** The bytes that open every PNG file, read as text, and the start of its header chunk. */
const PNG_AS_TEXT = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000';

describe('a file that is not TimelineJS', () => {
  it.each([
    ['random JSON', '{"name": "timeline", "values": [1, 2, 3]}'],
    ['a JSON list', '[{"start_date": {"year": 1969}}]'],
    ['JSON whose events are not slides', '{"events": [1, "two", null]}'],
    ['broken JSON', '{"events": [{"start_date": '],
    ["a PNG's bytes as text", PNG_AS_TEXT],
    ['an empty file', ''],
    ['a file of blank lines', '\r\n \n'],
    ['a CSV with other columns', 'name,age,city\r\nBob,3,Seoul\r\n'],
    ['plain text', 'Dear curator,\nhere are my notes.'],
  ])('imports nothing from %s, and says it is not a TimelineJS file', (_name, text) => {
    const result = readTimelineJs(text, 'file.txt', dataset.sources);
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('events');
    expect(result.report.error?.startsWith(NOT_TIMELINEJS)).toBe(true);
  });

  it.each([
    [
      'a column the template lacks',
      `${TIMELINEJS_CSV_COLUMNS.join(',')},Colour\n1969,7,16`,
      'columns the template does not have: "Colour"',
    ],
    ['required columns missing', 'Year,Headline\n1969,Apollo 11', 'required columns missing: "Month", "Day", "Text"'],
    ['a column given twice', `${TIMELINEJS_CSV_COLUMNS.join(',')},Year`, 'columns given twice: "Year"'],
  ])('imports nothing from a header with %s, and names the columns', (_name, text, problem) => {
    const result = readTimelineJs(text, 'sheet.csv', []);
    expect(result.ok).toBe(false);
    expect(result.report.error).toContain(problem);
  });

  it('imports nothing from a CSV whose quotes are broken, not even the rows before', () => {
    const result = readTimelineJs(
      templateCsv({ Year: '1961', Headline: 'Fine' }, { Year: '1969', Headline: '"Apollo 11, unterminated' }),
      'x.csv',
      [],
    );
    expect(result.ok).toBe(false);
    expect(result.report.error).toContain('broken');
  });
});

describe('what a TimelineJS file holds', () => {
  const slide = (fields: Record<string, unknown>) =>
    JSON.stringify({ events: [{ start_date: { year: 1969, month: 7, day: 20 }, ...fields }] });

  it('is told apart by its content, not its name', () => {
    expect(imported(readTimelineJs(timelineJsJsonText(dataset, 'T', dates), 'timeline.csv', dataset.sources)).report.format).toBe(
      'TimelineJS JSON',
    );
    expect(imported(readTimelineJs(toTimelineJsCsv(dataset, dates), 'timeline.json', dataset.sources)).report.format).toBe(
      'TimelineJS CSV',
    );
  });

  it('keeps markup, formulas, quotes, commas and line breaks of a foreign slide as plain text', () => {
    const text = `<p>He said "no", then 'yes'</p><p>=cmd|' /C calc'!A0</p><script>alert(1)</script><img src=x onerror=alert(2)>`;
    const [event] = imported(
      readTimelineJs(
        slide({ text: { headline: '<script>alert(1)</script><b>Moon</b>,\n"landing"', text }, unique_id: '<script>' }),
        'x.json',
        [],
      ),
    ).events;
    expect(event).toMatchObject({ id: 'moon-landing', title: 'Moon, "landing"', note: `He said "no", then 'yes'\n=cmd|' /C calc'!A0` });
  });

  it('takes the slide’s unique_id as the id when it is a free slug, else its headline’s, made unique', () => {
    const two = JSON.stringify({
      events: [
        { start_date: { year: '1969' }, text: { headline: 'Apollo 11' }, unique_id: 'first-landing' },
        { start_date: { year: '1969' }, text: { headline: 'Apollo 11' }, unique_id: 'first-landing' },
        { start_date: { year: '1969' }, text: { headline: 'Apollo 11' } },
      ],
    });
    const result = imported(readTimelineJs(two, 'x.json', []));
    expect(result.events.map((e) => e.id)).toEqual(['first-landing', 'apollo-11', 'apollo-11-2']);
    expect(result.report.notices).toContainEqual(
      expect.objectContaining({ kind: 'check', message: expect.stringContaining('"first-landing" is already in use') }),
    );
  });

  it('leaves a quote of our own export unattached, and says why, when its source is unknown or its words differ', () => {
    const text = timelineJsJsonText(dataset, 'T', dates);
    const unknown = imported(readTimelineJs(text, 'x.json', []));
    expect(unknown.events.every((e) => e.citations.length === 0)).toBe(true);
    expect(unknown.report.notices).toContainEqual(
      expect.objectContaining({ eventId: 'pact-1965', message: expect.stringContaining('none of the known sources') }),
    );

    const altered = imported(
      readTimelineJs(text.replace('Japan maintains the matter', 'Japan holds the matter'), 'x.json', dataset.sources),
    );
    expect(altered.events.find((e) => e.id === 'pact-1965')?.citations).toEqual([]);
    expect(altered.report.notices).toContainEqual(
      expect.objectContaining({ eventId: 'pact-1965', message: expect.stringContaining('word for word') }),
    );
  });

  it('says the title slide and eras are not events', () => {
    const file = JSON.stringify({ title: { text: { headline: 'T' } }, events: [], eras: [{ start_date: { year: 1961 } }, {}] });
    const { report } = imported(readTimelineJs(file, 'x.json', []));
    expect(report.notices.map((n) => n.at)).toEqual([
      { kind: 'title', number: 1 },
      { kind: 'era', number: 1 },
      { kind: 'era', number: 2 },
    ]);
    expect(report.read).toBe(0);
  });

  it('skips a slide whose fields are of the wrong kind, naming the field', () => {
    const result = imported(
      readTimelineJs(JSON.stringify({ events: [{ start_date: { year: [1969] }, text: { headline: 'x' } }] }), 'x.json', []),
    );
    expect(result.report.notices).toEqual([
      expect.objectContaining({ kind: 'skipped', at: { kind: 'slide', number: 1 }, message: expect.stringContaining('start_date.year') }),
    ]);
    expect(result.report.read).toBe(1);
  });
});
