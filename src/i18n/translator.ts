import type { ArgsOf, Catalogue, MessageKey } from './catalogue';
import { type Language, LOCALES } from './languages';
import { type Params, formatMessage } from './message';

/** Writes a key's message in the page's language, its placeholders filled. */
export type Translate = <K extends MessageKey>(key: K, ...params: ArgsOf<K>) => string;

/** A language's translator over its catalogue. */
export function createTranslator(language: Language, catalogue: Catalogue): Translate {
  const locale = LOCALES[language].intl;
  return (key, ...params) => formatMessage(catalogue[key], (params[0] ?? {}) as Params, locale);
}
