import { type ReactNode, StrictMode } from 'react';
import type { I18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppStoreProvider } from '../store/AppStoreProvider';
import type { AppStore } from '../store/store';
import { App } from './App';

/**
 * What the root page and the event pages render, in the build's prerenderer and in the browser alike, each
 * with its own store and language. `withoutScript` is what a reader without JavaScript reads
 * (NoScriptReading): the server writes it into <noscript>; the browser running the app neither shows nor
 * hydrates a <noscript>'s content, so it is not shipped to the browser at all.
 */
export function PageRoot({ store, i18n, withoutScript }: { store: AppStore; i18n: I18n; withoutScript?: ReactNode }) {
  return (
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <AppStoreProvider store={store}>
          <App />
          <noscript>{withoutScript}</noscript>
        </AppStoreProvider>
      </I18nProvider>
    </StrictMode>
  );
}
