import words from '../data/translations/en.json';
import ja from '../data/translations/ja.json';
import ko from '../data/translations/ko.json';
import { en } from '../i18n/catalogues/en';
import { ja as jaCatalogue } from '../i18n/catalogues/ja';
import { ko as koCatalogue } from '../i18n/catalogues/ko';
import { enCurate } from '../i18n/catalogues/workbench/en';
import { jaCurate } from '../i18n/catalogues/workbench/ja';
import { koCurate } from '../i18n/catalogues/workbench/ko';
import { enLater } from '../i18n/catalogues/later/en';
import { jaLater } from '../i18n/catalogues/later/ja';
import { koLater } from '../i18n/catalogues/later/ko';
import { type CurateI18n, createCurateI18n } from '../i18n/curateWords';
import { TIMELINE } from '../model/timeline';

// The workbench's languages in the tests, with every word at once, as curate.html has them before it first renders.

/** The workbench in English. */
export const englishCurateI18n: CurateI18n = createCurateI18n('en', { catalogue: en, later: enLater, curate: enCurate }, words, TIMELINE);

/** The workbench in Korean. */
export const koreanCurateI18n: CurateI18n = createCurateI18n('ko', { catalogue: koCatalogue, later: koLater, curate: koCurate }, ko, ko);

/** The workbench in Japanese. */
export const japaneseCurateI18n: CurateI18n = createCurateI18n('ja', { catalogue: jaCatalogue, later: jaLater, curate: jaCurate }, ja, ja);
