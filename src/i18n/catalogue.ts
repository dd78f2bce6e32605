import type { MessageKey, en } from './catalogues/en';
import type { Message, ParamsOf } from './message';

/** A language's catalogue: a message for every key of the English one. */
export type Catalogue = { readonly [K in MessageKey]: Message };

/** The English message of each key, whose placeholders every language's message shares. */
export type EnglishCatalogue = typeof en;
export type { MessageKey };

/** The parameters of a key's message: none to give, or one per placeholder of its English message. */
export type ArgsOf<K extends MessageKey> = keyof ParamsOf<EnglishCatalogue[K]> extends never ? [] : [ParamsOf<EnglishCatalogue[K]>];
