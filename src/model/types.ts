import type { DateSpan, PartialDate } from './partialDate';
import { TIMELINE } from './timeline';

export const STATUSES = ['happened', 'announced', 'planned'] as const;
/** happened: done when the article was published; announced: set for a date by an official; planned: an intention. */
export type Status = (typeof STATUSES)[number];

/** The tags this timeline's events may carry (src/data/timeline.json). */
export const TAGS: readonly string[] = TIMELINE.tags;
export type Tag = string;

export interface Source {
  readonly id: string;
  /** The article's file name, as received. */
  readonly file: string;
  readonly publisher: string;
  readonly headline: string;
  /** As printed ("Source: Xinhua", "By Yonhap"). */
  readonly byline: string;
  /** As printed ("2019/11/29 21:56:37"); no time zone was printed. */
  readonly publishedAsPrinted: string;
  /** The publication day that relative dates are counted from. */
  readonly published: PartialDate;
  /** The article's full text, exactly as received. */
  readonly text: string;
}

/** How a date was read from the words of a quote. */
export interface Dating {
  /** The words as they stand in the quote ("October last year"). */
  readonly words: string;
  /** The day they are counted from: the article's publication date. */
  readonly reference: PartialDate;
  readonly resolved: DateSpan;
}

export interface Citation {
  readonly sourceId: string;
  /** Verbatim, typos and all. */
  readonly quote: string;
  readonly dating?: Dating;
}

export interface TimelineEvent {
  /** A stable, readable slug. */
  readonly id: string;
  readonly title: string;
  /** The short headline drawn beside the mark (at most LABEL_MAX_LENGTH characters); the title stays its name. */
  readonly label: string;
  readonly status: Status;
  readonly tags: readonly Tag[];
  /** A curator's note on what the sources do and do not say. */
  readonly note?: string;
  readonly start: PartialDate;
  /** Periods only. */
  readonly end?: PartialDate;
  readonly citations: readonly Citation[];
  /** The UTC interval the event covers, first day to the day after its last: [t0, t1). */
  readonly t0: number;
  readonly t1: number;
}

export interface Dataset {
  readonly sources: readonly Source[];
  /** Sorted by start, then end, then id. */
  readonly events: readonly TimelineEvent[];
}

/** One thing wrong with a dataset, named by where it is and what is wrong. */
export interface DataProblem {
  /** `event "gsomia-extension", citations[0].quote` */
  readonly where: string;
  readonly message: string;
}
