import type { ArgsOf, ScreenKey, WorkbenchKey } from './catalogue';
import { type Language, LOCALES } from './languages';
import { type Message, type Params, formatMessage } from './message';

/**
 * Writes a key's message in the page's language, its placeholders filled. A translator knows the keys of the words
 * it was given: the first screen's (the default), or every key once the later words have come (FullI18n).
 */
export type Translate<Keys extends WorkbenchKey = ScreenKey> = <K extends Keys>(key: K, ...params: ArgsOf<K>) => string;

/** A language's translator over a catalogue's messages. */
export function createTranslator<Keys extends WorkbenchKey>(
  language: Language,
  catalogue: { readonly [K in Keys]: Message },
): Translate<Keys> {
  const locale = LOCALES[language].intl;
  return (key, ...params) => formatMessage(catalogue[key], (params[0] ?? {}) as Params, locale);
}
