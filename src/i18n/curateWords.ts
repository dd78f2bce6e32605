import type { Catalogue, CurateCatalogue, LaterCatalogue, WorkbenchKey } from './catalogue';
import { type FullI18n, type TimelineWords, createI18n } from './i18n';
import type { Language } from './languages';
import type { DataWords } from '../model/translations';
import { type Translate, createTranslator } from './translator';

/** Each language's workbench words (src/i18n/catalogues/workbench/), a chunk of their own that only curate.html loads. */
const CURATE: Readonly<Record<Language, () => Promise<CurateCatalogue>>> = {
  en: () => import('./catalogues/workbench/en').then((m) => m.enCurate),
  ko: () => import('./catalogues/workbench/ko').then((m) => m.koCurate),
  ja: () => import('./catalogues/workbench/ja').then((m) => m.jaCurate),
};

/** Fetches a language's workbench words. */
export const fetchCurateCatalogue = (language: Language): Promise<CurateCatalogue> => CURATE[language]();

/**
 * What the curation workbench speaks: the page's language with every reader's word (the relations, dates, statuses
 * and tags it shows, and the reader's views it embeds), and its own words, which no reader's page downloads.
 */
export interface CurateI18n extends Omit<FullI18n, 't'> {
  readonly t: Translate<WorkbenchKey>;
}

/** The workbench's language from all three parts of its catalogue, the dataset's words and the timeline's. */
export function createCurateI18n(
  language: Language,
  words: { readonly catalogue: Catalogue; readonly later: LaterCatalogue; readonly curate: CurateCatalogue },
  data: DataWords,
  timeline: TimelineWords,
): CurateI18n {
  const full = createI18n(language, words.catalogue, data, timeline, words.later).later.read();
  return { ...full, t: createTranslator(language, { ...words.catalogue, ...words.later, ...words.curate }) };
}
