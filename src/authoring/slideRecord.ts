import type { FileReason, Said } from '../model/importReasons';
import type { ImportNotice, SlidePlace } from './importReport';

/** A date's cells as the file gives them; empty when not given. */
export interface DateCells {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  /** A time of day, in any of TimelineJS's forms (`Time` column, or hour/minute/second fields). */
  readonly time: string;
}

/**
 * One event slide (JSON) or row (CSV), as the file holds it, before it is checked: strings as written,
 * HTML where TimelineJS reads HTML. Both formats are read into this, and one reader makes draft events of it.
 */
export interface SlideRecord {
  readonly at: SlidePlace;
  readonly start: DateCells;
  readonly end: DateCells;
  readonly displayDate: string;
  readonly headline: string;
  readonly text: string;
  /** `unique_id` (JSON only). */
  readonly uniqueId: string;
  readonly group: string;
  readonly mediaUrl: string;
  readonly mediaCredit: string;
  readonly mediaCaption: string;
  /** A background colour or picture was given. */
  readonly background: boolean;
}

/** What a reader of one format gives: the event slides, and notices of slides it could not read or that are not events. */
export interface ReadSlides {
  readonly records: readonly SlideRecord[];
  readonly notices: readonly ImportNotice[];
}

/** Or why the file is not one it can read. */
export type SlidesOrError = ReadSlides | { readonly error: Said<FileReason> };
