/**
 * Why a TimelineJS file, slide or row was not imported whole, one word per reason: the workbench says each in the
 * page's language (src/i18n/catalogues/workbench/importReasons/), beside the importer's English particulars (the
 * cells, ids and quotes concerned), as it does the validator's problems.
 */

/** Why nothing of a file was imported. */
export const FILE_REASONS = [
  'empty-file',
  'binary-file',
  'not-json',
  'json-shape',
  'json-no-slides',
  'csv-not-template',
  'csv-header',
  'csv-broken',
] as const;

/** Why a slide or row was skipped, is not an event, lost something, or should be checked. */
export const NOTICE_REASONS = [
  // skipped
  'no-headline',
  'no-year',
  'end-without-year',
  'not-a-year',
  'day-without-month',
  'not-a-month',
  'not-a-day',
  'not-a-real-date',
  'ends-before-starts',
  'extra-cells',
  'unreadable-slide',
  // not an event
  'title-slide',
  'era',
  // lost
  'time-of-day',
  'end-is-start',
  'unknown-group',
  'bounds-date',
  'ongoing-date',
  'week-date',
  'display-date',
  'further-citation',
  'media',
  'media-caption',
  'media-credit',
  'background',
  // check
  'id-in-use',
  'id-not-slug',
  'status-unsaid',
  'status-unsaid-not-yet',
  'quote-missing',
  'quote-not-verbatim',
  'source-unknown',
] as const;

export type FileReason = (typeof FILE_REASONS)[number];
export type NoticeReason = (typeof NOTICE_REASONS)[number];
export type ImportReason = FileReason | NoticeReason;

/** A reason with the importer's English particulars. */
export interface Said<R extends ImportReason = ImportReason> {
  readonly reason: R;
  readonly message: string;
}

export const said = <R extends ImportReason>(reason: R, message: string): Said<R> => ({ reason, message });

/**
 * What a validated dataset holds that TimelineJS cannot: an export leaves it out or keeps it only as text for
 * readers, and an import of that export cannot give it back. Each is said in the page's language.
 */
export const TIMELINEJS_CANNOT_HOLD = [
  'bounds',
  'date-words',
  'ongoing-words',
  'weeks',
  'relations',
  'more-citations',
  'source-text',
  'translations',
  'labels',
  'more-tags',
] as const;

export type CannotHold = (typeof TIMELINEJS_CANNOT_HOLD)[number];
