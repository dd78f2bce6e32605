import { createContext, useContext } from 'react';
import type { CurateI18n } from '../i18n/curateWords';

/** The workbench's language, its own words included, given by CurateI18nProvider at the root of the page. */
export const CurateI18nContext = createContext<CurateI18n | null>(null);

/** The workbench's translator (its own words and every reader's), dates and the dataset's words. */
export function useCurateI18n(): CurateI18n {
  const i18n = useContext(CurateI18nContext);
  if (!i18n) throw new Error('useCurateI18n needs a CurateI18nProvider above it: the workbench speaks one language');
  return i18n;
}
