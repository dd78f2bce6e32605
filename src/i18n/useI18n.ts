import { createContext, useContext } from 'react';
import type { FullI18n, I18n } from './i18n';

/** The page's language, given by I18nProvider at the root of each render. */
export const I18nContext = createContext<I18n | null>(null);

/** The page's translator and date words: the first screen's words. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it: each page render speaks one language');
  return i18n;
}

/**
 * The page's language with every word, for a view opened after the first screen (the citation forms, the article,
 * the relations, the embed code): it renders under a Suspense boundary, and its first render waits for the later
 * words (src/i18n/laterWords.ts). No part of the first screen calls it: there it would hold the page back.
 */
export const useFullI18n = (): FullI18n => useI18n().later.read();
