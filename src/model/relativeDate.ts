import { namedSpan } from './dateFinder/foundDateForms';
import { readDateWords } from './findDates';
import type { DateSpan } from './partialDate';

/**
 * Resolves the date words of a news article ("last Friday", "October last year", "the third week in December")
 * against the article's publication date, at the precision the words support.
 *
 * The words are read by the date finder as one expression (`readDateWords`), so that the validator and the
 * curation workbench follow one set of conventions (docs/curation.md, "Finding dates"). Among them:
 * - a bare weekday ("Friday", "on Thursday") is the latest such day on or before the reference date;
 * - "last Friday" is the Friday of the week before the reference date's week (weeks start on Monday);
 * - a bare month ("in July") is the latest such month on or before the reference month;
 * - "the Nth week in December" is the week that starts on December's Nth Monday, in the next December
 *   on or after the reference month;
 * - "the following week" and "next week" are the week after the reference date's week;
 * - "in seven years" (as in "the first … in seven years") counts back whole years from the reference
 *   year, to a year; "more than three years" gives only a bound, not a date, and is not resolved;
 * - absolute years and months ("2018", "November 2016", "1910-45", "since 2016") are read as written;
 * - words that qualify a date give the date they name: "since 2016" 2016, "by the end of this year" the year.
 *
 * Returns undefined for words it does not know, or a reference that is not a day.
 */
export function resolveRelativeDate(words: string, reference: string): DateSpan | undefined {
  const found = readDateWords(words, reference);
  return found && namedSpan(found.resolution);
}
