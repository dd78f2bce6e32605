import type { ReactElement } from 'react';
import ja from '../data/translations/ja.json';
import ko from '../data/translations/ko.json';
import { I18nProvider } from '../i18n/I18nProvider';
import type { I18n } from '../i18n/i18n';
import { localizeDataset } from '../model/localizeDataset';
import type { AppStore } from '../store/store';
import { japaneseI18n, koreanI18n } from './englishI18n';
import { dataset } from './realDataset';
import { freshStore, render } from './realStore';

type Translated = 'ko' | 'ja';

const PAGES: Readonly<Record<Translated, { readonly i18n: I18n; readonly translation: typeof ko }>> = {
  ko: { i18n: koreanI18n, translation: ko },
  ja: { i18n: japaneseI18n, translation: ja },
};

/** The real dataset as a Korean or Japanese page's store holds it: titles, labels and notes translated, quotes as printed. */
export const datasetIn = (language: Translated) => localizeDataset(dataset, PAGES[language].translation);

/** A fresh store holding the real dataset in a language, as that language's page makes its own. */
export const loadRealDatasetIn = (language: Translated): AppStore => freshStore({ dataset: datasetIn(language) });

/** The event with this id as a page in that language shows it. */
export function eventIn(language: Translated, id: string) {
  const event = datasetIn(language).events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the dataset`);
  return event;
}

/** Testing Library's render, inside the test's store, in a language. */
export const renderIn = (language: Translated, ui: ReactElement) => render(<I18nProvider i18n={PAGES[language].i18n}>{ui}</I18nProvider>);
