/**
 * What the validator can find wrong with a record, one kind per check. The list is closed, so a page can
 * give each kind its own words; `message` still says the particulars in English.
 */
export const PROBLEM_KINDS = [
  // The files and the schema (src/model/schema.ts)
  'not-a-list', // events.json, sources.json or relations.json is not a list
  'not-a-record', // an entry of a list is not an object
  'shape', // a field is missing or of the wrong type
  'empty-text', // a text field is empty or blank
  'label-too-long', // a label longer than fits beside its mark
  'not-in-vocabulary', // a status, tag or relation kind outside its list
  'no-citation', // an event cites nothing
  // Records
  'not-a-slug', // an id that is not a readable slug
  'duplicate-id', // an id another record holds
  'not-a-date', // a date that is not a real date (or a publication date not a real day)
  'missing-text', // a source whose article text is not there
  'uncited-source', // a source no event cites
  // Dates
  'end-not-after-start',
  'not-bounds', // a start that looks like bounds but is not bounds of real dates
  'bounds-out-of-order', // the earliest bound is not before the latest
  'bounds-for-a-date', // `bounds` given for a start that is a date
  'bounded-with-end', // an end given for an event dated only by bounds
  'bounded-with-ongoing', // `ongoing` given for an event dated only by bounds
  'bound-without-date', // a bound's reason given for a side the start has no bound on
  'bound-reason-missing', // a bound without the words that give it
  'bound-two-reasons', // a bound that names both an event and the report
  'bound-not-report-day', // a reported bound that is not its article's day
  'bound-words-mismatch', // a bound's words resolve to another date
  'bound-event-mismatch', // a bound taken from another event that is not that event's date
  'ongoing-reason-missing', // an open end without the words that say the period was going on
  'ongoing-with-end', // a period said to be going on that is given an end
  'start-after-report', // a period going on that starts after the report that says so
  'words-not-in-citations', // a bound's or a period's words in none of the event's citations
  // Citations
  'unknown-source', // a citation or a relation names no known source
  'quote-not-verbatim', // a quote not found word for word in its source
  'words-not-in-quote', // date words not in their quote
  'reference-not-published', // date words counted from a day that is not the article's
  'words-unresolved', // date words that resolve to no date
  'dating-mismatch', // a recorded date that disagrees with what its words give
  'dating-outside-event', // a citation's date that does not hold the event's date
  'too-precise', // an event's date more precise than any citation's words
  // Relations
  'unknown-event', // a relation's end or a bound names no event that stands
  'self-relation', // a relation from an event to itself
  'duplicate-relation', // the same relation given twice
  // Translations (src/data/translations/)
  'missing-translation', // a declared language without words for a tag, a status, an event, a note or the About text
  'unknown-translation', // a translation of something the dataset does not hold
] as const;

export type ProblemKind = (typeof PROBLEM_KINDS)[number];
