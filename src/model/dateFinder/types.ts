import type { DateSpan, PartialDate } from '../partialDate';

/**
 * What the date finder returns for each date expression of an article: where the words are, what they resolve
 * to, and how. Codes and data only; the interface words its own sentences from them.
 */
export interface FoundDate {
  /** Offsets in UTF-16 code units of the text searched; `text` is `text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly resolution: Resolution;
  readonly how: HowResolved;
}

export type Resolution =
  /** A date at the precision the words give, or a span from one date to another ("1910-45"). */
  | { readonly kind: 'date'; readonly span: DateSpan }
  /**
   * Some time within bounds ("earlier this week", "by the end of this year", "in more than three years").
   * `named` is the date the words name, of which the bounds are drawn ("this week", "this year"); none when the
   * bound is counted rather than named.
   */
  | { readonly kind: 'bounds'; readonly earliest?: PartialDate; readonly latest?: PartialDate; readonly named?: DateSpan }
  /** A period from a date and still going on when reported ("since October last year"). */
  | { readonly kind: 'ongoing'; readonly start: PartialDate }
  /** Date words found, but no date can honestly be drawn from them. */
  | { readonly kind: 'not-placeable'; readonly why: NotPlaceableReason };

export type NotPlaceableReason =
  /** "two days later", "the next day": counted from a day the article narrates, not from its publication. */
  | 'counted-from-another-date'
  /** "1945-1910": the span ends before it starts. */
  | 'range-reversed'
  /** "the fifth week of February": that month has no such week that year. */
  | 'no-such-week'
  /** "the '90s": the decade without its century. */
  | 'century-unstated'
  /** The date falls outside the years the project reads (see SUPPORTED_YEARS). */
  | 'outside-supported-years';

/** Which way undated words count from the publication: back to the latest fit, or ahead to the next one. */
export type Direction = 'past' | 'future';

/** The convention that turned the words into a date, named as the documentation names it. */
export type Convention =
  /** The words give the date in full: "November 2016", "1965", "Sept. 8, 2023". */
  | 'as-written'
  /** "Friday": the latest such day on or before the publication; ahead when the words look ahead. */
  | 'weekday-on-or-before'
  | 'weekday-on-or-after'
  /** "last Friday": that day of the week before the publication's week (weeks start on Monday). */
  | 'weekday-of-previous-week'
  /** "next Tuesday": that day of the week after the publication's week. */
  | 'weekday-of-next-week'
  /** "this Friday": that day of the publication's week. */
  | 'weekday-of-this-week'
  /** "July": the latest such month on or before the publication's month; ahead when the words look ahead. */
  | 'month-on-or-before'
  | 'month-on-or-after'
  /** "Nov. 29": the latest such day on or before the publication; ahead when the words look ahead. */
  | 'day-on-or-before'
  | 'day-on-or-after'
  /** "yesterday", "last week", "next month", "this year", "the following week": counted in whole units. */
  | 'relative-day'
  | 'relative-week'
  | 'relative-month'
  | 'relative-year'
  /** "October last year". */
  | 'month-of-relative-year'
  /** "the third week in December": the week that starts on that month's third Monday. */
  | 'nth-week-of-month'
  /** "seven years ago", "the first … in seven years": whole units back from the publication. */
  | 'counted-back'
  /** "in two weeks" (looking ahead), "three years from now". */
  | 'counted-ahead'
  /** "1910-45", "1910-1945". */
  | 'year-range'
  /** "the 1990s". */
  | 'decade'
  /** "from June to August": each end by its own convention, the start kept before the end. */
  | 'range'
  /** Not placeable: no convention applied. */
  | 'none';

/** What qualifies the date the words name. */
export type Qualifier =
  /** "since October last year": a period from that date, still going on. */
  | 'since'
  /** "the first … since 2016": the date of the last time before. */
  | 'first-since'
  /** "by the end of this year": on or before. */
  | 'by'
  /** "earlier this week": from the start of the period to the publication. */
  | 'earlier-in'
  /** "later this month": from the publication to the end of the period. */
  | 'later-in'
  /** "in more than three years": beyond the count. */
  | 'more-than';

export interface HowResolved {
  readonly convention: Convention;
  /** The day counted from: the article's publication. */
  readonly reference: PartialDate;
  /** The way the words were read when it mattered, and the words that set it ("will", "said"), if any. */
  readonly direction?: Direction;
  readonly cue?: { readonly start: number; readonly end: number };
  readonly qualifier?: Qualifier;
}

/** The years a found date may fall in: four-digit years the dataset's dates can hold. */
export const SUPPORTED_YEARS = { from: 1000, until: 3000 } as const;
