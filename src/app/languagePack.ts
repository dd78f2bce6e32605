import type { Catalogue } from '../i18n/catalogue';
import { type I18n, createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { TIMELINE } from '../model/timeline';
import type { DataTranslation, DataWords } from '../model/translations';

/** What a page needs to speak a language: its catalogue, the dataset's words in it, and its translations. */
export interface LanguagePack {
  readonly language: Language;
  readonly catalogue: Catalogue;
  readonly words: DataWords;
  /** The dataset's titles, labels, notes and About text; none for the dataset's own language, English. */
  readonly translation?: DataTranslation;
}

/**
 * Each language's pack, loaded on its own: a page downloads only the language it speaks (its chunk is preloaded
 * with the page, so it costs no extra round trip).
 */
const LOADERS: Readonly<Record<Language, () => Promise<LanguagePack>>> = {
  en: async () => {
    const [{ en }, { default: words }] = await Promise.all([import('../i18n/catalogues/en'), import('../data/translations/en.json')]);
    return { language: 'en', catalogue: en, words };
  },
  ko: async () => {
    const [{ ko }, { default: translation }] = await Promise.all([import('../i18n/catalogues/ko'), import('../data/translations/ko.json')]);
    return { language: 'ko', catalogue: ko, words: translation, translation };
  },
  ja: async () => {
    const [{ ja }, { default: translation }] = await Promise.all([import('../i18n/catalogues/ja'), import('../data/translations/ja.json')]);
    return { language: 'ja', catalogue: ja, words: translation, translation };
  },
};

export const loadLanguagePack = (language: Language): Promise<LanguagePack> => LOADERS[language]();

/** The page's language: its translator and dates, and the timeline's own words in it (translated, or as written). */
export const i18nOf = (pack: LanguagePack): I18n => createI18n(pack.language, pack.catalogue, pack.words, pack.translation ?? TIMELINE);
