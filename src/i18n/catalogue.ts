import type { en } from './catalogues/en';
import type { enLater } from './catalogues/later/en';
import type { Message, ParamsOf } from './message';

/** The English message of each key, whose placeholders every language's message shares. */
export type EnglishCatalogue = typeof en & typeof enLater;
/** Every key of the catalogue. */
export type MessageKey = keyof EnglishCatalogue;
/** The keys of the first screen's words (src/i18n/catalogues/<language>.ts): what any page shows before the reader asks for more. */
export type ScreenKey = keyof typeof en;
/** The keys of the words that load with the views a reader opens later (src/i18n/catalogues/later/<language>.ts). */
export type LaterKey = keyof typeof enLater;

/** A language's first-screen catalogue: a message for every key of the English one. */
export type Catalogue = { readonly [K in ScreenKey]: Message };
/** A language's later words: a message for every key of the English ones. */
export type LaterCatalogue = { readonly [K in LaterKey]: Message };

/** The parameters of a key's message: none to give, or one per placeholder of its English message. */
export type ArgsOf<K extends MessageKey> = keyof ParamsOf<EnglishCatalogue[K]> extends never ? [] : [ParamsOf<EnglishCatalogue[K]>];
