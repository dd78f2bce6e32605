import type { ReactNode } from 'react';
import type { CurateI18n } from '../i18n/curateWords';
import { I18nProvider } from '../i18n/I18nProvider';
import { CurateI18nContext } from './useCurateI18n';

/**
 * Gives the workbench its language: its own words to its components (useCurateI18n), and the same language to the
 * reader's components it shows (the timeline of the draft), which take it from I18nProvider.
 */
export function CurateI18nProvider({ i18n, children }: { readonly i18n: CurateI18n; readonly children: ReactNode }) {
  return (
    <I18nProvider i18n={i18n}>
      <CurateI18nContext.Provider value={i18n}>{children}</CurateI18nContext.Provider>
    </I18nProvider>
  );
}
