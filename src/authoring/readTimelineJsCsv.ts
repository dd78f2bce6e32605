import Papa from 'papaparse';
import { unguardCsvField } from '../exports/datasetCsv';
import { type FileReason, type Said, said } from '../model/importReasons';
import { ERA, type ImportNotice, NOT_TIMELINEJS, TITLE_SLIDE } from './importReport';
import type { DateCells, SlideRecord, SlidesOrError } from './slideRecord';
import { REQUIRED_CSV_COLUMNS, TIMELINEJS_CSV_COLUMNS, type TimelineJsColumn } from './timelineJsFormat';

/** A header cell as the template spells it, whatever its case and spacing ("end  year" → "End Year"). */
const TEMPLATE_NAMES = new Map<string, TimelineJsColumn>(TIMELINEJS_CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
const templateColumn = (cell: string): TimelineJsColumn | undefined => TEMPLATE_NAMES.get(cell.trim().replace(/\s+/g, ' ').toLowerCase());

/** A file whose header shares fewer of the template's columns than this is some other table, not a TimelineJS sheet. */
const MIN_TEMPLATE_COLUMNS = 2;

const quoteList = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

type Columns = ReadonlyMap<TimelineJsColumn, number>;

/** The header's columns, or what is wrong with it: a column the template lacks, a required one missing, one given twice. */
function readHeader(header: readonly string[]): Columns | { error: Said<FileReason> } {
  const known = header.map(templateColumn);
  if (known.filter((c) => c !== undefined).length < MIN_TEMPLATE_COLUMNS) {
    return {
      error: said(
        'csv-not-template',
        `${NOT_TIMELINEJS}: its first row is not the header of TimelineJS's template (${quoteList(TIMELINEJS_CSV_COLUMNS)})`,
      ),
    };
  }
  const unknown = header.filter((cell, i) => known[i] === undefined && cell.trim() !== '');
  const columns = new Map<TimelineJsColumn, number>();
  const twice: string[] = [];
  known.forEach((column, index) => {
    if (column === undefined) return;
    if (columns.has(column)) twice.push(column);
    else columns.set(column, index);
  });
  const missing = REQUIRED_CSV_COLUMNS.filter((c) => !columns.has(c));
  const problems = [
    ...(unknown.length > 0 ? [`columns the template does not have: ${quoteList(unknown)}`] : []),
    ...(missing.length > 0 ? [`required columns missing: ${quoteList(missing)}`] : []),
    ...(twice.length > 0 ? [`columns given twice: ${quoteList(twice)}`] : []),
  ];
  return problems.length > 0 ? { error: said('csv-header', `its header is not TimelineJS's template: ${problems.join('; ')}`) } : columns;
}

const DELIMITERS = [',', '\t', ';'] as const;

/**
 * The delimiter that splits the header into the template's columns: a comma, or a tab or semicolon as some
 * spreadsheets write. Guessing from the whole file would be fooled by the semicolons of `&quot;` in the text.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r|\n|$/));
  const columnsWith = (d: string) =>
    header.split(d).filter((cell) => templateColumn(cell.replace(/^\s*"|"\s*$/g, '')) !== undefined).length;
  return DELIMITERS.reduce((best, d) => (columnsWith(d) > columnsWith(best) ? d : best));
}

/**
 * Reads a CSV in the columns of TimelineJS's Google Sheet template. Papa Parse reads the fields (quotes,
 * commas and line breaks within them); a cell that the project's
 * CSV writer kept from being a formula gets its text back.
 */
export function readTimelineJsCsv(text: string): SlidesOrError {
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) return { error: said('csv-broken', `its CSV is broken at row ${(broken.row ?? 0) + 1}: ${broken.message}`) };
  const [header = [], ...rows] = parsed.data;
  const columns = readHeader(header);
  if ('error' in columns) return columns;

  const at = (cells: readonly string[], column: TimelineJsColumn): string => {
    const index = columns.get(column);
    return index === undefined ? '' : unguardCsvField(cells[index] ?? '').trim();
  };
  const dateCells = (cells: readonly string[], prefix: '' | 'End '): DateCells => ({
    year: at(cells, `${prefix}Year`),
    month: at(cells, `${prefix}Month`),
    day: at(cells, `${prefix}Day`),
    time: at(cells, `${prefix}Time`),
  });

  const records: SlideRecord[] = [];
  const notices: ImportNotice[] = [];
  rows.forEach((cells, index) => {
    const place = { kind: 'row', number: index + 2 } as const;
    if (cells.every((c) => c.trim() === '')) return;
    const extra = cells.slice(header.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      notices.push({
        kind: 'skipped',
        at: place,
        reason: 'extra-cells',
        message: `it has ${cells.length} cells, but the header has ${header.length} columns`,
      });
      return;
    }
    const type = at(cells, 'Type').toLowerCase();
    if (type === 'title' || type === 'era') {
      notices.push({ kind: 'not-an-event', at: place, ...(type === 'title' ? TITLE_SLIDE : ERA) });
      return;
    }
    records.push({
      at: place,
      start: dateCells(cells, ''),
      end: dateCells(cells, 'End '),
      displayDate: at(cells, 'Display Date'),
      headline: at(cells, 'Headline'),
      text: at(cells, 'Text'),
      uniqueId: '',
      group: at(cells, 'Group'),
      mediaUrl: at(cells, 'Media'),
      mediaCredit: at(cells, 'Media Credit'),
      mediaCaption: at(cells, 'Media Caption'),
      background: at(cells, 'Background') !== '',
    });
  });
  return { records, notices };
}
