import type { DataWords } from '../model/translations';
import type { Catalogue, LaterCatalogue, MessageKey } from './catalogue';
import { type DateWords, createDateWords } from './dateWords';
import type { Language } from './languages';
import { type LaterWords, fetchLaterCatalogue, laterWords } from './laterWords';
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
 * words in it (the timeline's title and About text, the tags' and statuses' names). Its translator knows the
 * first screen's words; the views a reader opens later take the complete language from `later`.
 */
export interface I18n {
  readonly language: Language;
  readonly t: Translate;
  readonly dates: DateWords;
  readonly data: DataWords;
  readonly timeline: TimelineWords;
  /** The words of the views opened after the first screen, fetched with them (src/i18n/laterWords.ts). */
  readonly later: LaterWords<FullI18n>;
}

/** The page's language with every word of its catalogue: what the views opened after the first screen speak. */
export interface FullI18n extends Omit<I18n, 't'> {
  readonly t: Translate<MessageKey>;
  /** Tells it from the first screen's language, which a generic translator alone would not. */
  readonly complete: true;
}

/** A page's language from its first-screen catalogue; its later words `given`, or fetched when first wanted. */
export function createI18n(
  language: Language,
  catalogue: Catalogue,
  data: DataWords,
  timeline: TimelineWords,
  given?: LaterCatalogue,
): I18n {
  const t = createTranslator(language, catalogue);
  const i18n: I18n = {
    language,
    t,
    dates: createDateWords(language, t),
    data,
    timeline,
    later: laterWords(
      () => fetchLaterCatalogue(language),
      (words) => ({ ...i18n, t: createTranslator(language, { ...catalogue, ...words }), complete: true }),
      given,
    ),
  };
  return i18n;
}
