import words from '../data/translations/en.json';
import type { Catalogue, CurateCatalogue, LaterCatalogue } from '../i18n/catalogue';
import { enCurate } from '../i18n/catalogues/workbench/en';
import { en } from '../i18n/catalogues/en';
import { enLater } from '../i18n/catalogues/later/en';
import { type CurateI18n, createCurateI18n } from '../i18n/curateWords';
import { type FullI18n, type TimelineWords, createI18n } from '../i18n/i18n';
import type { Message } from '../i18n/message';
import { TIMELINE } from '../model/timeline';
import type { DataWords } from '../model/translations';

/** The marks a pseudo-language wraps around every message: text outside them came from somewhere else. */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const wrap = (text: string): string => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;
const wrapMessage = (message: Message): Message =>
  typeof message === 'string' ? wrap(message) : (Object.fromEntries(Object.entries(message).map(([k, v]) => [k, wrap(v)])) as Message);

const wrapAll = (catalogue: Readonly<Record<string, Message>>) =>
  Object.fromEntries(Object.entries(catalogue).map(([key, message]) => [key, wrapMessage(message)]));
/** Every message of the English catalogue, wrapped: a word on screen without the marks did not come from the catalogue. */
const pseudoCatalogue = wrapAll(en) as Catalogue;
const pseudoLater = wrapAll(enLater) as LaterCatalogue;
const pseudoCurate = wrapAll(enCurate) as CurateCatalogue;

const pseudoWords: DataWords = {
  tags: Object.fromEntries(Object.entries(words.tags).map(([k, v]) => [k, wrap(v)])),
  statuses: Object.fromEntries(
    Object.entries(words.statuses).map(([k, v]) => [k, { label: wrap(v.label), meaning: wrap(v.meaning) }]),
  ) as DataWords['statuses'],
};

const pseudoTimeline: TimelineWords = {
  title: wrap(TIMELINE.title),
  pageTitle: wrap(TIMELINE.pageTitle),
  description: wrap(TIMELINE.description),
  about: { sourcesNote: wrap(TIMELINE.about.sourcesNote), curation: TIMELINE.about.curation.map(wrap) },
};

/**
 * A pseudo-language for tests: English dates and numbers (Intl's), every message and every word of the timeline's
 * own (title, About, tags, statuses) wrapped in ⟦…⟧.
 */
export const pseudoI18n: FullI18n = createI18n('en', pseudoCatalogue, pseudoWords, pseudoTimeline, pseudoLater).later.read();

/** The workbench in the pseudo-language: its own words wrapped as well. */
export const pseudoCurateI18n: CurateI18n = createCurateI18n(
  'en',
  { catalogue: pseudoCatalogue, later: pseudoLater, curate: pseudoCurate },
  pseudoWords,
  pseudoTimeline,
);
