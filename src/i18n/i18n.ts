import type { DataWords } from '../model/translations';
import type { Catalogue } from './catalogue';
import { type DateWords, createDateWords } from './dateWords';
import type { Language } from './languages';
import { type Translate, createTranslator } from './translator';

/** The timeline's own words in a language: its title, its page's title and description, and the About text. */
export interface TimelineWords {
  readonly title: string;
  readonly pageTitle: string;
  readonly description: string;
  readonly about: { readonly sourcesNote: string; readonly curation: readonly string[] };
}

/**
 * What a page speaks: its language, its catalogue's translator, its dates in words, and the dataset's own
 * words in it (the timeline's title and About text, the tags' and statuses' names).
 */
export interface I18n {
  readonly language: Language;
  readonly t: Translate;
  readonly dates: DateWords;
  readonly data: DataWords;
  readonly timeline: TimelineWords;
}

export function createI18n(language: Language, catalogue: Catalogue, data: DataWords, timeline: TimelineWords): I18n {
  const t = createTranslator(language, catalogue);
  return { language, t, dates: createDateWords(language, t), data, timeline };
}
