import { type ReactNode, StrictMode } from 'react';
import { AppStoreProvider } from '../store/AppStoreProvider';
import type { AppStore } from '../store/store';
import { App } from './App';

/**
 * What the root page and the event pages render, in the build's prerenderer and in the browser alike, each
 * with its own store. `withoutScript` is what a reader without JavaScript reads (NoScriptReading): the
 * server writes it into <noscript>; the browser running the app neither shows nor hydrates a <noscript>'s
 * content, so it is not shipped to the browser at all.
 */
export function PageRoot({ store, withoutScript }: { store: AppStore; withoutScript?: ReactNode }) {
  return (
    <StrictMode>
      <AppStoreProvider store={store}>
        <App />
        <noscript>{withoutScript}</noscript>
      </AppStoreProvider>
    </StrictMode>
  );
}
