import { type RenderOptions, type RenderResult, render as renderInto } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { type AppStore, type PageState, createAppStore } from '../store/store';
import { englishI18n } from './englishI18n';
import { dataset, eventById } from './realDataset';

/** A quote that is in no article. */
export const MISSING_QUOTE = 'Words the article never printed.';

let store: AppStore = createAppStore();

/** The store of the test under way: made anew by `freshStore` (or `loadRealDataset`), rendered by `render`. */
export const testStore = (): AppStore => store;

/** A new store for the next test, as a page makes its own. */
export function freshStore(initial: Partial<PageState> = {}): AppStore {
  store = createAppStore(initial);
  return store;
}

/** A fresh store holding the real dataset. */
export const loadRealDataset = (): AppStore => freshStore({ dataset });

/** The real dataset with one event's quote replaced by one its article does not hold (a broken dataset at run time). */
export function loadWithMissingQuote(id: string): void {
  const event = eventById(id);
  const sourceId = event.citations[0]?.sourceId ?? '';
  const broken = { ...event, citations: [{ sourceId, quote: MISSING_QUOTE }] };
  store.getState().loadDataset({ ...dataset, events: dataset.events.map((e) => (e.id === id ? broken : e)) });
}

/** Testing Library's render, inside the test's store and in English, as every page renders inside its own store and language. */
export function render(ui: ReactElement, options: Omit<RenderOptions, 'wrapper'> = {}): RenderResult {
  const own = store;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider i18n={englishI18n}>
      <AppStoreProvider store={own}>{children}</AppStoreProvider>
    </I18nProvider>
  );
  return renderInto(ui, { ...options, wrapper });
}
