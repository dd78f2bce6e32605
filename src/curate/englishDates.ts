import { type DateWords, createDateWords } from '../i18n/dateWords';
import { createTranslator } from '../i18n/translator';

/**
 * The dates in words of a TimelineJS export: English whatever the workbench speaks, as TimelineJS shows the rest of
 * the slide, from the catalogue's English. Fetched when an export first asks; on an English page it is the chunk
 * the page already has.
 */
export const loadEnglishDates = (): Promise<DateWords> =>
  import('../i18n/catalogues/en').then(({ en }) => createDateWords('en', createTranslator('en', en)));
