import { formatEventEdtf } from '../model/edtf';
import type { Dataset } from '../model/types';

/**
 * The dataset as CSV, one row per citation, for a spreadsheet: UTF-8 with the byte-order mark that tells
 * spreadsheets so (without it, Excel reads Hangul and curly quotes as Latin-1), fields quoted as RFC 4180
 * says, rows ending in CRLF. No cell can become a formula.
 */
export const CSV_COLUMNS = [
  'event id',
  'label',
  'title',
  'date (EDTF)',
  'status',
  'tags',
  'source',
  'quote',
  'date words',
  'reference date',
] as const;

const BYTE_ORDER_MARK = '\uFEFF';
/** Tags in one cell, split as easily as they are read. */
export const TAG_SEPARATOR = '; ';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)`), and a tab or
 * carriage return can hide such a start; an apostrophe in front makes it text (OWASP's advice), and
 * spreadsheets show the cell without it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const FORMULA_GUARD = "'";

/** One field: made inert if it could be a formula, quoted if it holds a quote, comma or line break. */
export function csvField(value: string): string {
  const inert = FORMULA_START.test(value) ? `${FORMULA_GUARD}${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/** A cell as written by `csvField`, as a spreadsheet shows it: without the apostrophe that kept a formula start inert. */
export const unguardCsvField = (cell: string): string =>
  cell.startsWith(FORMULA_GUARD) && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;

const csvRow = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** A whole file: the byte-order mark, then each row (the first is the header). */
export const csvTable = (rows: readonly (readonly string[])[]): string => BYTE_ORDER_MARK + rows.map(csvRow).join('');

export function datasetCsv(dataset: Dataset): string {
  const rows = dataset.events.flatMap((event) =>
    event.citations.map((c) => [
      event.id,
      event.label,
      event.title,
      formatEventEdtf(event),
      event.status,
      event.tags.join(TAG_SEPARATOR),
      c.sourceId,
      c.quote,
      c.dating?.words ?? '',
      c.dating?.reference.iso ?? '',
    ]),
  );
  return csvTable([CSV_COLUMNS, ...rows]);
}
