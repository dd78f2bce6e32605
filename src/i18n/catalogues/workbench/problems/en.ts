import type { ProblemKind } from '../../../../model/problemKinds';

/**
 * A sentence of the workbench's own for every kind of problem the validator finds: the curator reads it in the page's
 * language, beside the validator's English particulars. One sentence each, no placeholders: the particulars are the
 * validator's. A kind without its sentence fails the typecheck.
 */
export type EveryProblemKindHasWords = { readonly [K in ProblemKind as `curate.problem.${K}`]: string };

/** What each kind of problem means, in English: plain sentences, the particulars (which quote, which date) left to the validator. */
export const enProblems = {
  'curate.problem.not-a-list': 'The file is not a list of records, as it must be.',
  'curate.problem.not-a-record': 'An entry of the list is not a record.',
  'curate.problem.shape': 'A field is missing, or holds the wrong kind of value.',
  'curate.problem.empty-text': 'This field must not be empty: write something in it.',
  'curate.problem.label-too-long': 'The label is too long to fit beside its mark on the timeline.',
  'curate.problem.not-in-vocabulary': 'This value is not one of the choices allowed here.',
  'curate.problem.no-citation': 'The event needs at least one citation: add a quote from a source.',
  'curate.problem.not-a-slug': 'The id is not a readable slug: use only the letters a–z, digits and hyphens.',
  'curate.problem.duplicate-id': 'This id is a duplicate: another record already has it.',
  'curate.problem.not-a-date': 'This is not a real date.',
  'curate.problem.missing-text': 'The source’s article text is missing.',
  'curate.problem.uncited-source': 'This source is cited by no event.',
  'curate.problem.end-not-after-start': 'The end is not after the start.',
  'curate.problem.not-bounds': 'The date looks like bounds, but they are not bounds of real dates.',
  'curate.problem.bounds-out-of-order': 'The earliest bound is not before the latest bound.',
  'curate.problem.bounds-for-a-date': 'Reasons for bounds are given, but the date is a date, not bounds.',
  'curate.problem.bounded-with-end': 'An event dated only by bounds cannot have an end.',
  'curate.problem.bounded-with-ongoing': 'An event dated only by bounds cannot be a period still going on.',
  'curate.problem.bound-without-date': 'A reason is given for a bound the date does not have.',
  'curate.problem.bound-reason-missing': 'A bound needs the words in the source that give it.',
  'curate.problem.bound-two-reasons': 'This bound names both an event and the report: a bound has one reason.',
  'curate.problem.bound-not-report-day': 'A bound taken from the report is not the day the article was published.',
  'curate.problem.bound-words-mismatch': 'The words given for a bound point to a different date.',
  'curate.problem.bound-event-mismatch': 'A bound taken from another event does not match that event’s date.',
  'curate.problem.ongoing-reason-missing': 'A period still going on needs the words that say so.',
  'curate.problem.ongoing-with-end': 'A period still going on when it was reported cannot have an end.',
  'curate.problem.start-after-report': 'The period starts after the article that says it was going on.',
  'curate.problem.words-not-in-citations': 'These words are in none of the event’s quotes.',
  'curate.problem.unknown-source': 'This names a source the project does not have.',
  'curate.problem.quote-not-verbatim': 'The quote is not in the source’s text word for word.',
  'curate.problem.words-not-in-quote': 'The date words are not in the quote.',
  'curate.problem.reference-not-published': 'The date words are counted from a day that is not the article’s publication date.',
  'curate.problem.words-unresolved': 'No date can be worked out from these date words.',
  'curate.problem.dating-mismatch': 'The date recorded for these words is not the date they give.',
  'curate.problem.dating-outside-event': 'The date this quote gives does not cover the event’s date.',
  'curate.problem.too-precise': 'The event’s date is more precise than the source’s words say.',
  'curate.problem.unknown-event': 'This names an event the project does not have.',
  'curate.problem.self-relation': 'The link goes from an event to itself.',
  'curate.problem.duplicate-relation': 'This link is given twice.',
  'curate.problem.missing-translation': 'The translation is missing: write it.',
  'curate.problem.unknown-translation': 'This translates something the dataset does not have.',
} as const satisfies EveryProblemKindHasWords;
