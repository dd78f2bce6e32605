import type { RawEvent } from '../model/schema';
import { type CannotHold, type FileReason, type NoticeReason, type Said, said } from '../model/importReasons';

/**
 * Where in the file: a slide of a JSON file's `events` (from 1), its title slide or one of its `eras` (from 1),
 * or a CSV row as a spreadsheet numbers it (the header is row 1).
 */
export interface SlidePlace {
  readonly kind: 'slide' | 'title' | 'era' | 'row';
  readonly number: number;
}

/**
 * What became of a part of the file, beside the events imported:
 * - `skipped`: the slide or row was not imported, for the reason given;
 * - `lost`: imported, but something it held has no place in a draft event (a display date, a picture, a time);
 * - `check`: imported with something the curator should look at (a status taken as `happened`, an id changed);
 * - `not-an-event`: the title slide or an era, which are not events.
 */
export type NoticeKind = 'skipped' | 'lost' | 'check' | 'not-an-event';

export interface ImportNotice {
  readonly kind: NoticeKind;
  readonly at: SlidePlace;
  /** The draft event's id, when the slide became one. */
  readonly eventId?: string;
  readonly reason: NoticeReason;
  /** The importer's English particulars. */
  readonly message: string;
}

export interface ImportReport {
  readonly fileName: string;
  readonly format?: 'TimelineJS JSON' | 'TimelineJS CSV';
  /** Event slides or rows read, imported or skipped (not the title slide or eras). */
  readonly read: number;
  readonly imported: number;
  /** Drafts imported with no citation: the validator keeps each out of an export until a quote is attached. */
  readonly unsourced: number;
  readonly notices: readonly ImportNotice[];
  /** When the file is one of this project's own exports: what TimelineJS could not hold, which no import gives back. */
  readonly cannotHold: readonly CannotHold[];
  /** Why nothing was imported, in English, */
  readonly error?: string;
  /** and as a reason the workbench says in the page's language. */
  readonly errorReason?: FileReason;
}

/** All or nothing: every event the file gives, with the report; or the report alone, saying why not. */
export type TimelineJsImport =
  | { readonly ok: true; readonly events: readonly RawEvent[]; readonly report: ImportReport }
  | { readonly ok: false; readonly report: ImportReport };

/** The start of the error for a file that is not TimelineJS's at all. */
export const NOT_TIMELINEJS = 'not a TimelineJS file';

export const failedImport = (fileName: string, why: Said<FileReason>, format?: ImportReport['format']): TimelineJsImport => ({
  ok: false,
  report: {
    fileName,
    ...(format && { format }),
    read: 0,
    imported: 0,
    unsourced: 0,
    notices: [],
    cannotHold: [],
    error: why.message,
    errorReason: why.reason,
  },
});

/** The parts of a TimelineJS file that are not events, in either format. */
export const TITLE_SLIDE = said('title-slide', 'the title slide is the timeline’s title, not an event');
export const ERA = said('era', 'eras (shaded spans of the timeline) are not imported');
