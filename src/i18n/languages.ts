import { TIMELINE } from '../model/timeline';

/**
 * The languages the timeline speaks. English is the default: the root pages are English, and `ko/` and `ja/`
 * hold the Korean and Japanese pages. Adding a language is a catalogue in three parts (src/i18n/catalogues/<language>.ts
 * for the first screen, catalogues/later/<language>.ts for the views opened later, catalogues/workbench/<language>.ts
 * for the curation workbench, each loaded with the language's entry in src/app/languagePack.ts,
 * src/i18n/laterWords.ts and src/i18n/curateWords.ts) and the dataset's translations (src/data/translations/), and
 * its entry here.
 */
export const LANGUAGES = ['en', 'ko', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** How each language is written for Intl (dates, numbers, plurals) and for `og:locale`. */
export const LOCALES: Readonly<
  Record<Language, { readonly intl: string; readonly og: string; readonly name: string; readonly yearFirst: boolean }>
> = {
  // British order ("22 November 2019"), as the articles' own dates read.
  en: { intl: 'en-GB', og: 'en_GB', name: 'English', yearFirst: false },
  ko: { intl: 'ko-KR', og: 'ko_KR', name: '한국어', yearFirst: true },
  ja: { intl: 'ja-JP', og: 'ja_JP', name: '日本語', yearFirst: true },
};

/** The languages this timeline is read in (src/data/timeline.json), of those the interface speaks, its own first. */
export const TIMELINE_LANGUAGES: readonly Language[] = LANGUAGES.filter((l) => TIMELINE.languages.includes(l));

/** True for a language this timeline is read in. */
export const isLanguage = (value: string): value is Language => (TIMELINE_LANGUAGES as readonly string[]).includes(value);

/**
 * The first of the reader's preferred languages (navigator.languages, most preferred first) that the timeline
 * is read in, by its primary subtag ("ko-KR" is Korean); English when none is.
 */
export function preferredLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/** The folder of a language's pages, relative to the site's root: '' for English, `ko/`, `ja/`. */
export const languageFolder = (language: Language): string => (language === DEFAULT_LANGUAGE ? '' : `${language}/`);

/** The language a page's path is in: `…/ko/…` Korean, `…/ja/…` Japanese, anything else English. */
export function languageOfPath(pathname: string): Language {
  const match = /\/(ko|ja)\/(?:index\.html|events\/[^/]+\.html)?$/.exec(pathname);
  const folder = match?.[1];
  return folder !== undefined && isLanguage(folder) ? folder : DEFAULT_LANGUAGE;
}
