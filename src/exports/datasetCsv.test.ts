import { describe, expect, it } from 'vitest';
import { formatEventEdtf } from '../model/edtf';
import type { Dataset } from '../model/types';
import { dataset } from '../testing/realDataset';
import { HOSTILE, hostileDataset } from '../testing/exportsHostileDataset';
import { parseEdtfWithReference } from '../testing/referenceEdtf';
import { CSV_COLUMNS, FORMULA_GUARD, TAG_SEPARATOR, csvField, datasetCsv, unguardCsvField } from './datasetCsv';

/** An RFC 4180 reader, as a spreadsheet reads the file: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (ch === '"' || ch === '\r' || ch === '\n') throw new Error(`unquoted ${JSON.stringify(ch)} at ${i}`);
    else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('the last row does not end in CRLF');
  return rows;
}

/** A cell as a spreadsheet shows it: the guard apostrophe in front of a formula start is not part of the text. */
const shown = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** Each event, rebuilt from its rows: what a reader gets back from the spreadsheet. */
function eventsFromCsv(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual([...CSV_COLUMNS]);
  const events = new Map<
    string,
    { id: string; label: string; title: string; date: string; status: string; tags: string[]; citations: unknown[] }
  >();
  for (const cells of rows) {
    const [id = '', label = '', title = '', date = '', status = '', tags = '', source, quote, words = '', reference = ''] =
      cells.map(shown);
    expect(cells).toHaveLength(CSV_COLUMNS.length);
    const event = events.get(id) ?? { id, label, title, date, status, tags: tags === '' ? [] : tags.split(TAG_SEPARATOR), citations: [] };
    event.citations.push({ source, quote, ...(words !== '' && { words, reference }) });
    events.set(id, event);
  }
  return [...events.values()];
}

/** The same, read from the dataset itself. */
const eventsOf = (d: Dataset) =>
  d.events.map((e) => ({
    id: e.id,
    label: e.label,
    title: e.title,
    date: formatEventEdtf(e),
    status: e.status,
    tags: [...e.tags],
    citations: e.citations.map((c) => ({
      source: c.sourceId,
      quote: c.quote,
      ...(c.dating && { words: c.dating.words, reference: c.dating.reference.iso }),
    })),
  }));

describe('the dataset as CSV', () => {
  it('parses back to the dataset: one row per citation, every field as it is', () => {
    const text = datasetCsv(dataset);
    expect(eventsFromCsv(text)).toEqual(eventsOf(dataset));
    expect(parseCsv(text.slice(1))).toHaveLength(1 + dataset.events.reduce((n, e) => n + e.citations.length, 0));
  });

  it('writes every date in EDTF that the reference parser (`edtf`) reads', () => {
    const dates = eventsFromCsv(datasetCsv(dataset)).map((e) => e.date);
    expect(dates).toContain('[2018-10-01..2019-11-29]');
    for (const date of dates) expect(() => parseEdtfWithReference(date), date).not.toThrow();
  });

  it('keeps markup, formulas, quotes, line breaks, Hangul and kana as text', () => {
    const text = datasetCsv(hostileDataset);
    expect(eventsFromCsv(text)).toEqual(eventsOf(hostileDataset));
    expect(text).toContain(HOSTILE.hangul);
    expect(text).toContain(HOSTILE.kana);
    expect(text).toContain(HOSTILE.markup);
  });

  it('lets no cell start as a formula', () => {
    const cells = parseCsv(datasetCsv(hostileDataset).slice(1)).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`${FORMULA_GUARD}${HOSTILE.minus}`);
    expect(cells).toContain(`${FORMULA_GUARD}${HOSTILE.at}`);
    expect(cells.some((c) => c.startsWith(`${FORMULA_GUARD}${HOSTILE.formula}`))).toBe(true);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20', "'+44 20"],
    ['-3', "'-3"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['plain 한국', 'plain 한국'],
  ])('writes the field %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('reads back a guarded cell as the text it guarded, and leaves any other apostrophe', () => {
    for (const value of ['=1+1', '+44 20', '-3', '@cmd', '\t=1', '\r=1', "'quoted'", "'", 'plain']) {
      const [cell = ''] = parseCsv(`${csvField(value)}\r\n`)[0] ?? [];
      expect(unguardCsvField(cell)).toBe(value);
    }
    expect(unguardCsvField("'not a formula")).toBe("'not a formula");
  });
});
