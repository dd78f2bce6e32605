import words from '../data/translations/en.json';
import ja from '../data/translations/ja.json';
import ko from '../data/translations/ko.json';
import { en } from '../i18n/catalogues/en';
import { ja as jaCatalogue } from '../i18n/catalogues/ja';
import { ko as koCatalogue } from '../i18n/catalogues/ko';
import { createI18n } from '../i18n/i18n';
import { TIMELINE } from '../model/timeline';

/** The page's English, as the tests render it. */
export const englishI18n = createI18n('en', en, words, TIMELINE);

/** The page's Korean, for tests of what every language says. */
export const koreanI18n = createI18n('ko', koCatalogue, ko, ko);

/** The page's Japanese, for tests of what every language says. */
export const japaneseI18n = createI18n('ja', jaCatalogue, ja, ja);
