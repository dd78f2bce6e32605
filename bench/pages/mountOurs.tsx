import { type ReactNode, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { i18nOf, loadLanguagePack } from '../../src/app/languagePack';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { AppStoreProvider } from '../../src/store/AppStoreProvider';
import type { AppStore } from '../../src/store/store';
import { type PageHooks, settled } from './contract';

/**
 * The English pack, asked for as the page starts, while it makes up its data: the app's pages preload their
 * language's chunk with the page (a modulepreload link), so a reader's page never waits for it after its data.
 */
const english = loadLanguagePack('en');

/**
 * Mounts one of our pages' React trees (the app, or the timeline alone) into `#root` at once, in English, then waits
 * until the timeline has drawn (its first marks may come a frame later, after it measures its width) and
 * the DOM has stopped changing. `drawn` names what must be there: a renamed hook fails loudly, not silently.
 */
export async function mountOurs(store: AppStore, tree: ReactNode, n: number, drawn: string): Promise<PageHooks> {
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root');
  // In English, as the app's root page speaks it to a reader whose browser prefers English.
  const i18n = i18nOf(await english);
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <StrictMode>
        <I18nProvider i18n={i18n}>
          <AppStoreProvider store={store}>{tree}</AppStoreProvider>
        </I18nProvider>
      </StrictMode>,
    ),
  );
  performance.mark('bench:rendered');
  await settled(container, () => n === 0 || container.querySelector(drawn) !== null);
  return {
    window: () => {
      const { start, end } = store.getState().view;
      return { start, end };
    },
    plot: () => container.querySelector('.timeline-frame'),
  };
}
