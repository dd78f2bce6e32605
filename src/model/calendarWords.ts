/**
 * Dates in English words, read in UTC so that a calendar date is the same day for every reader. The page
 * needs six fixed forms ("2019", "November 2019", "22 November 2019", "Nov", "22 Nov", "22"), so it
 * spells them itself rather than ship a date-formatting library on the first screen; `Intl` is no help
 * here, as its month abbreviations differ from one browser's locale data to another's ("Sep", "Sept").
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const utc = (date: Date | number): Date => (typeof date === 'number' ? new Date(date) : date);
const monthName = (date: Date): string => MONTHS[date.getUTCMonth()] ?? '';

/** "2019"; a year before 1000 keeps four digits ("0999"), as ISO 8601 writes it. */
export const yearWords = (date: Date | number): string => String(utc(date).getUTCFullYear()).padStart(4, '0');
/** "November 2019" */
export const monthYearWords = (date: Date | number): string => `${monthName(utc(date))} ${yearWords(date)}`;
/** "22 November 2019" */
export const dayMonthYearWords = (date: Date | number): string => `${utc(date).getUTCDate()} ${monthYearWords(date)}`;
/** "Nov" */
export const shortMonthWords = (date: Date | number): string => monthName(utc(date)).slice(0, 3);
/** "22 Nov" */
export const dayShortMonthWords = (date: Date | number): string => `${utc(date).getUTCDate()} ${shortMonthWords(date)}`;
/** "22" */
export const dayWords = (date: Date | number): string => String(utc(date).getUTCDate());
