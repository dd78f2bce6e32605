import type { en } from './catalogues/en';
import type { enCurate } from './catalogues/workbench/en';
import type { enLater } from './catalogues/later/en';
import type { Message, ParamsOf } from './message';

/** The English message of each key, whose placeholders every language's message shares: the readers' words and the workbench's. */
export type EnglishCatalogue = typeof en & typeof enLater & typeof enCurate;
/** Every key of the readers' catalogue: the first screen's words and the later views'. */
export type MessageKey = keyof typeof en | keyof typeof enLater;
/** The keys of the first screen's words (src/i18n/catalogues/<language>.ts): what any page shows before the reader asks for more. */
export type ScreenKey = keyof typeof en;
/** The keys of the words that load with the views a reader opens later (src/i18n/catalogues/later/<language>.ts). */
export type LaterKey = keyof typeof enLater;
/** The keys of the curation workbench's own words (src/i18n/catalogues/workbench/<language>.ts), which no reader's page loads. */
export type CurateKey = keyof typeof enCurate;
/** Every key the workbench speaks: the readers' words and its own. */
export type WorkbenchKey = MessageKey | CurateKey;

/** A language's first-screen catalogue: a message for every key of the English one. */
export type Catalogue = { readonly [K in ScreenKey]: Message };
/** A language's later words: a message for every key of the English ones. */
export type LaterCatalogue = { readonly [K in LaterKey]: Message };
/** A language's workbench words: a message for every key of the English ones. */
export type CurateCatalogue = { readonly [K in CurateKey]: Message };

/** The parameters of a key's message: none to give, or one per placeholder of its English message. */
export type ArgsOf<K extends keyof EnglishCatalogue> = keyof ParamsOf<EnglishCatalogue[K]> extends never
  ? []
  : [ParamsOf<EnglishCatalogue[K]>];
