import { dataset, datasetProblems } from '../data/dataset';
import { DEFAULT_LANGUAGE, type Language, languageOfPath, preferredLanguage } from '../i18n/languages';
import { localizeDataset } from '../model/localizeDataset';
import { type AppStore, createAppStore } from '../store/store';
import { pageStateFor } from '../url/permalink';
import { parseViewParams } from '../url/viewParams';
import type { LanguagePack } from './languagePack';

/**
 * The language a page speaks: the one its permalink names (`?lang=ko`), else its folder's (`ko/`, `ja/`), else,
 * on the English pages, the first of the reader's preferred languages that the timeline speaks.
 */
export function pageLanguage(pathname: string, search: string, preferred: readonly string[]): Language {
  const asked = parseViewParams(search).params.lang;
  if (asked) return asked;
  const folder = languageOfPath(pathname);
  return folder === DEFAULT_LANGUAGE ? preferredLanguage(preferred) : folder;
}

/**
 * The store of a page opened with `search`, speaking the pack's language: the dataset in that language, and the
 * permalink's view, selection, marked date and notices, all in its first state. The build's prerenderer and the
 * browser make it from the same query string, so the page hydrates onto the very markup the server wrote.
 */
export const createPageStore = (search: string, pack: LanguagePack): AppStore =>
  createAppStore(pageStateFor(search, localizeDataset(dataset, pack.translation), datasetProblems, pack.language));

/** The attributes on the root element that say which query string and language the prerendered markup was made for. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered-for';
export const PRERENDERED_LANGUAGE_ATTRIBUTE = 'data-prerendered-lang';

/** True when the root element holds markup prerendered for exactly this query string and language. */
export const prerenderedFor = (root: Element | null, search: string, language: Language): boolean =>
  root?.getAttribute(PRERENDERED_ATTRIBUTE) === search && root.getAttribute(PRERENDERED_LANGUAGE_ATTRIBUTE) === language;
