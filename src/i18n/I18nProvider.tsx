import type { ReactNode } from 'react';
import type { I18n } from './i18n';
import { I18nContext } from './useI18n';

/** Gives a render its language (see createI18n). */
export function I18nProvider({ i18n, children }: { readonly i18n: I18n; readonly children: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}
