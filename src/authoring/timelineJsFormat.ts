/**
 * TimelineJS 3's two formats, as this project writes and reads them: the JSON a page passes to
 * `new TL.Timeline(…)`, and the CSV of its Google Sheet template. TimelineJS shows a slide's headline,
 * text, display date, caption and credit as HTML, so every string of ours written there is HTML-escaped.
 */

/** A date to some precision: the fields left out are not known. */
export interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export interface TimelineJsText {
  readonly headline: string;
  readonly text: string;
}

/** TimelineJS shows the caption and credit only beside a media item, that is when `url` is not empty. */
export interface TimelineJsMedia {
  readonly url: string;
  readonly caption: string;
  readonly credit: string;
}

export interface TimelineJsSlide {
  readonly start_date: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  /** Shown instead of the date TimelineJS would write from the fields. */
  readonly display_date?: string;
  readonly text: TimelineJsText;
  readonly media?: TimelineJsMedia;
  /** Slides of one group share a row of the navigation. */
  readonly group?: string;
  readonly unique_id: string;
}

export interface TimelineJsFile {
  readonly title?: { readonly text: TimelineJsText };
  readonly events: readonly TimelineJsSlide[];
}

/** The Google Sheet template's columns, in its order. */
export const TIMELINEJS_CSV_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;
export type TimelineJsColumn = (typeof TIMELINEJS_CSV_COLUMNS)[number];

/** Without these a row says nothing this project can import: its date and what happened. */
export const REQUIRED_CSV_COLUMNS: readonly TimelineJsColumn[] = ['Year', 'Month', 'Day', 'Headline', 'Text'];

/**
 * Attributes our export puts on the parts of a slide's text, so that its import reads the parts back from
 * marks rather than from the words shown to readers. A slide carrying `event` is one of our exports.
 */
export const SLIDE_MARKS = {
  /** The event's id: the CSV has no column for it. */
  event: 'data-event-id',
  status: 'data-status',
  /** The event's date in the dataset's notation (`2019-W49`, `[2018-10..2019-11-29]`, `2018-10/..`), for the import's report. */
  date: 'data-date',
  /** On the blockquote that holds the first citation's quote. */
  quote: 'data-quote',
  /** On the line that names the first citation's source. */
  citation: 'data-citation',
  /** On each further citation (its quote and source), kept only as text. */
  moreCitation: 'data-more-citation',
  note: 'data-note',
} as const;
