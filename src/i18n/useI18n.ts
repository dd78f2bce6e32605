import { createContext, useContext } from 'react';
import type { I18n } from './i18n';

/** The page's language, given by I18nProvider at the root of each render. */
export const I18nContext = createContext<I18n | null>(null);

/** The page's translator and date words. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it: each page render speaks one language');
  return i18n;
}
