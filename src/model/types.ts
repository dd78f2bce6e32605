import type { DateSpan, PartialDate } from './partialDate';
import type { ProblemKind } from './problemKinds';
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

/** Why a bound holds: words of one of the event's citations, and where the bound's date comes from. */
export interface BoundBasis {
  /** Words as they stand in the citation ("before deciding to extend"). */
  readonly words: string;
  /** The citation (of this event) that holds the words. */
  readonly citationIndex: number;
  /** The bound is this other event's date ("after the ruling"). */
  readonly eventId?: string;
  /** The bound is the day the citation's article was published (told as done, or as still to come). */
  readonly reported?: true;
}

/** The earliest or the latest an event can be, at its own precision, with its reason. */
export interface DateBound {
  readonly date: PartialDate;
  readonly basis: BoundBasis;
}

/** A period still going on when an article reported it: it has no end. */
export interface Ongoing {
  /** Words of one of the event's citations that say it was still going on ("have been at odds since"). */
  readonly words: string;
  readonly citationIndex: number;
  /** The publication day of that citation's article: the last day it is known to be going on. */
  readonly reported: PartialDate;
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
  /** Set when the text dates the event only by bounds; `start` is then the earliest bound, or else the latest. */
  readonly earliest?: DateBound;
  readonly latest?: DateBound;
  /** Set for a period still going on when reported; it then has no `end`. */
  readonly ongoing?: Ongoing;
  readonly citations: readonly Citation[];
  /**
   * The UTC interval the mark is drawn over, first day to the day after its last: [t0, t1). An open bound
   * (no earliest, or a period still going on) is drawn as a fade of OPEN_END_FADE_MS beyond what is known.
   */
  readonly t0: number;
  readonly t1: number;
}

export interface Dataset {
  readonly sources: readonly Source[];
  /** Sorted by start, then end, then id. */
  readonly events: readonly TimelineEvent[];
  /** The relations the sources draw between events; both ends are among `events`. */
  readonly relations?: readonly Relation[];
}

/**
 * The kinds of relation, each named by the words that draw it (docs/data.md lists them). A relation claims no more
 * than its words: "after" is `comes-after`, never a cause.
 */
export const RELATION_KINDS = [
  'responds-to',
  'comes-after',
  'precedes',
  'first-since',
  'prepares',
  'announces',
  'concerns',
  'since',
  'during',
  'part-of',
  'held-settled-by',
  'would-resume',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** A relation one source draws from one event to another, in its own words. */
export interface Relation {
  readonly kind: RelationKind;
  readonly from: string;
  readonly to: string;
  readonly sourceId: string;
  /** Verbatim from the source: the words that draw the relation. */
  readonly quote: string;
  readonly note?: string;
}

/** A field inside a record, key by key: `['citations', 0, 'quote']` (formatPath writes `citations[0].quote`). */
export type ProblemPath = readonly (string | number)[];

/**
 * One thing wrong with a dataset, as data: what is wrong, in which record and at which field, so a form can
 * show it beside the field. A problem that names no record (a file that is not a list, an entry that is not
 * a record) has its path from the top of the dataset: `['events']`, `['events', 3]`.
 */
export interface DataProblem {
  readonly kind: ProblemKind;
  /** The field inside the record; never empty. */
  readonly path: ProblemPath;
  /** What is wrong, in English, with the particulars (`npm run validate-data` prints it). */
  readonly message: string;
  /** The event's id, when its record has one (a string, even one the validator rejects). */
  readonly eventId?: string;
  /** Where the event's record sits in events.json, when known. */
  readonly eventIndex?: number;
  readonly sourceId?: string;
  readonly sourceIndex?: number;
  readonly relationIndex?: number;
  /** The relation's ends and kind as written, once its record has the right shape. */
  readonly relation?: { readonly from: string; readonly kind: RelationKind; readonly to: string };
}

export const isPeriod = (event: TimelineEvent): boolean => event.end !== undefined || event.ongoing !== undefined;

/** True for an event the text dates only by an earliest and/or a latest bound. */
export const isBounded = (event: TimelineEvent): boolean => event.earliest !== undefined || event.latest !== undefined;
