import { TIMELINEJS_CSV_COLUMNS, type TimelineJsColumn } from '../authoring/timelineJsFormat';

/** A CSV in the columns of TimelineJS's spreadsheet template, one row per record of the cells given (others empty). */
export const templateCsv = (...rows: Partial<Record<TimelineJsColumn, string>>[]): string =>
  [TIMELINEJS_CSV_COLUMNS.join(','), ...rows.map((row) => TIMELINEJS_CSV_COLUMNS.map((c) => row[c] ?? '').join(','))].join('\n');
