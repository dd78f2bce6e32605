import words from '../data/translations/en.json';
import ja from '../data/translations/ja.json';
import ko from '../data/translations/ko.json';
import { en } from '../i18n/catalogues/en';
import { ja as jaCatalogue } from '../i18n/catalogues/ja';
import { ko as koCatalogue } from '../i18n/catalogues/ko';
import { enLater } from '../i18n/catalogues/later/en';
import { jaLater } from '../i18n/catalogues/later/ja';
import { koLater } from '../i18n/catalogues/later/ko';
import { type FullI18n, createI18n } from '../i18n/i18n';
import { TIMELINE } from '../model/timeline';

// The tests' languages come with every word: the views opened later render at once, as on a page that has fetched them.

/** The page's English, as the tests render it. */
export const englishI18n: FullI18n = createI18n('en', en, words, TIMELINE, enLater).later.read();

/** The page's Korean, for tests of what every language says. */
export const koreanI18n: FullI18n = createI18n('ko', koCatalogue, ko, ko, koLater).later.read();

/** The page's Japanese, for tests of what every language says. */
export const japaneseI18n: FullI18n = createI18n('ja', jaCatalogue, ja, ja, jaLater).later.read();
