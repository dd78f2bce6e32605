import type { CannotHold, ImportReason } from '../../../../model/importReasons';

/**
 * A sentence of the workbench's own for every reason the TimelineJS importer gives, and for each thing TimelineJS
 * cannot hold: the curator reads it in the page's language, beside the importer's English particulars. A reason
 * without its sentence fails the typecheck.
 */
export type EveryImportReasonHasWords = { readonly [K in ImportReason as `curate.import.why.${K}`]: string } & {
  readonly [K in CannotHold as `curate.import.cannot.${K}`]: string;
};

export const enImportReasons = {
  'curate.import.why.empty-file': 'The file is empty.',
  'curate.import.why.binary-file': 'The file is not text: a picture, or some other kind of file?',
  'curate.import.why.not-json': 'The file starts like JSON but is not JSON.',
  'curate.import.why.json-shape': 'A TimelineJS JSON file is an object with a list of “events”; this one is not.',
  'curate.import.why.json-no-slides': 'None of the file’s “events” is a TimelineJS slide.',
  'curate.import.why.csv-not-template': 'The first row is not the header of TimelineJS’s spreadsheet template.',
  'curate.import.why.csv-header': 'The header differs from TimelineJS’s template: a column is unknown, missing or given twice.',
  'curate.import.why.csv-broken': 'The CSV is broken: a quoted cell is never closed.',
  'curate.import.why.no-headline': 'It has no headline, and an event needs a title.',
  'curate.import.why.no-year': 'Its date has no year.',
  'curate.import.why.end-without-year': 'Its end has a month or a day but no year.',
  'curate.import.why.not-a-year': 'A year is not a number from 1 to 9999.',
  'curate.import.why.day-without-month': 'A day is given without its month.',
  'curate.import.why.not-a-month': 'A month is not a number from 1 to 12.',
  'curate.import.why.not-a-day': 'A day is not a day of the month.',
  'curate.import.why.not-a-real-date': 'Its date is not a real date.',
  'curate.import.why.ends-before-starts': 'It ends before it starts.',
  'curate.import.why.extra-cells': 'The row has more cells than the header has columns.',
  'curate.import.why.unreadable-slide': 'It is not a slide TimelineJS can read.',
  'curate.import.why.title-slide': 'The title slide is the timeline’s title, not an event.',
  'curate.import.why.era': 'Eras (shaded spans of the timeline) are not imported.',
  'curate.import.why.time-of-day': 'A time of day: the timeline dates events to the day at most.',
  'curate.import.why.end-is-start': 'An end on the start’s own date, which says no more than the start.',
  'curate.import.why.unknown-group': 'A group that is none of this timeline’s tags.',
  'curate.import.why.bounds-date': 'A date known only by bounds, with the words that give them: the draft is dated at the earliest bound.',
  'curate.import.why.ongoing-date': 'That it was still going on when reported: the draft has its start only.',
  'curate.import.why.week-date': 'A date to the week: the draft is dated the week’s Monday.',
  'curate.import.why.display-date': 'The display date, which the draft’s own date replaces.',
  'curate.import.why.further-citation': 'A further citation, which TimelineJS holds only as text.',
  'curate.import.why.media': 'A picture or other media.',
  'curate.import.why.media-caption': 'The media caption.',
  'curate.import.why.media-credit': 'The media credit.',
  'curate.import.why.background': 'The background.',
  'curate.import.why.id-in-use': 'Its id is already in use, so the draft has another.',
  'curate.import.why.id-not-slug': 'Its id is not a readable slug, so the draft has another.',
  'curate.import.why.status-unsaid': 'The file does not say whether it took place: the draft says it happened.',
  'curate.import.why.status-unsaid-not-yet':
    'The file does not say whether it took place, and its words may tell of something still to come: the draft says it happened.',
  'curate.import.why.quote-missing': 'Its quote is missing from the text, so the draft has no citation.',
  'curate.import.why.quote-not-verbatim': 'Its quote is not in its source word for word, so it is not attached.',
  'curate.import.why.source-unknown': 'Its source is none of the project’s sources, so the quote is not attached.',
  'curate.import.cannot.bounds':
    'Dates known only by bounds, and the words that give each bound (the slide is dated at the earliest bound, and says the bounds in its display date).',
  'curate.import.cannot.date-words':
    'The date words of each citation and what they resolve to (“October last year” from 29 November 2019).',
  'curate.import.cannot.ongoing-words':
    'The words that say a period was still going on when reported (the slide has its start, and says so in its display date).',
  'curate.import.cannot.weeks': 'ISO weeks (a week is its Monday, and the display date says it is a week).',
  'curate.import.cannot.relations': 'Links between events.',
  'curate.import.cannot.more-citations':
    'More than one citation (the first is the slide’s quote and credit; the others are kept only as text).',
  'curate.import.cannot.source-text': 'The full text of each source (only the quote, the headline, the publisher and the date as printed).',
  'curate.import.cannot.translations': 'Translations of titles, labels, notes and tags.',
  'curate.import.cannot.labels': 'Short labels (TimelineJS shows the headline).',
  'curate.import.cannot.more-tags': 'Tags after the first (the first is the slide’s group).',
} as const satisfies EveryImportReasonHasWords;
