import type { NotPlaceableReason } from './types';

/** A calendar unit a phrase counts in. */
export type Unit = 'day' | 'week' | 'month' | 'year';

/**
 * What date words say, before they are counted from the publication: the parts that were written and
 * the parts left for the reader to supply. Months are 1–12, weekdays 0 (Sunday) to 6 (Saturday).
 */
export type Said =
  /** "Nov. 29", "July", "November 2016", "1965", "29 November 2019": whatever parts were written. */
  | { readonly form: 'calendar'; readonly year?: number; readonly month?: number; readonly day?: number }
  /** "Friday", "last Friday", "next Tuesday", "this Friday". */
  | { readonly form: 'weekday'; readonly weekday: number; readonly shift: 'none' | 'last' | 'next' | 'this' }
  /** "yesterday" (−1 day), "last week" (−1 week), "this year" (0), "next month" (+1). */
  | { readonly form: 'relative'; readonly unit: Unit; readonly offset: number }
  /** "October last year". */
  | { readonly form: 'month-of-relative-year'; readonly month: number; readonly yearOffset: number }
  /** "the third week in December". */
  | { readonly form: 'nth-week-of-month'; readonly nth: number; readonly month: number }
  /**
   * A count of units: "seven years ago" (back), "three years from now" (ahead), "in seven years" (which way
   * depends on the sentence), or a bare count ("seven years", a date only when the words are known to date).
   */
  | {
      readonly form: 'counted';
      readonly unit: Unit;
      readonly count: number;
      readonly way: 'back' | 'ahead' | 'in' | 'bare';
      readonly moreThan: boolean;
    }
  /** "earlier this week", "later this month". */
  | { readonly form: 'part-of'; readonly unit: Exclude<Unit, 'day'>; readonly part: 'earlier' | 'later' }
  /** "1910-45", "1910-1945". */
  | { readonly form: 'year-range'; readonly from: number; readonly to: number }
  /** "the 1990s": its first year. */
  | { readonly form: 'decade'; readonly first: number }
  /** "from June to August", "June 3-5". */
  | { readonly form: 'range'; readonly from: Said; readonly to: Said }
  /** Date words that cannot be placed ("two days later"). */
  | { readonly form: 'unplaceable'; readonly why: NotPlaceableReason }
  /** Words that look like a date but are a duration ("for seven years"): they hide what they cover, and are dropped. */
  | { readonly form: 'duration' };

/** Date words found in a text: where they are, what they say, and which reader found them. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly said: Said;
  /** Our own phrase rules win a tie with chrono-node's parsers over the same words. */
  readonly by: 'phrase' | 'chrono';
}
