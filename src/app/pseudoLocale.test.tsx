// @vitest-environment jsdom
import { act, render, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbedApp } from '../embed/EmbedApp';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoI18n } from '../testing/pseudoI18n';
import { dataset, datasetFiles, eventById } from '../testing/realDataset';
import { loadLanguagePack } from './languagePack';
import { NoScriptReading } from './NoScriptReading';
import { PageRoot } from './PageRoot';
import { createPageStore } from './startPage';
import { stubPageGlobals } from '../testing/pageGlobals';
import { printedBy, strayWords as findStrayWords, textOf } from '../testing/strayWords';

/** What the real dataset prints: the only words besides the catalogue's and Intl's a page may show. */
const PRINTED = printedBy(dataset, Object.values(datasetFiles.texts));
const strayWords = (root: ParentNode) => findStrayWords(root, PRINTED);

beforeEach(() => {
  history.replaceState(null, '', '/');
  stubPageGlobals();
});
afterEach(() => vi.unstubAllGlobals());

describe('in a pseudo-language that wraps every message', () => {
  it('finds its own words: an English word written into a component would be left over', () => {
    const words = (text: string) => strayWords(textOf(text));
    expect(words(`${PSEUDO_OPEN}Events${PSEUDO_CLOSE} 12 November 2019`)).toEqual([]);
    expect(words(`${PSEUDO_OPEN}Events${PSEUDO_CLOSE} and more`)).toEqual(['text "and more" in <div>']);
    expect(words(eventById('gsomia-extension').title)).toEqual([]);
    // A title the search cuts at its marks is still the data's; other words cut so are not.
    const cut = (text: string) => {
      const [before = '', after = ''] = text.split('GSOMIA');
      const holder = document.createElement('div');
      const mark = document.createElement('mark');
      mark.textContent = 'GSOMIA';
      holder.append(before, mark, after);
      return strayWords(holder);
    };
    expect(cut(eventById('gsomia-extension').title)).toEqual([]);
    expect(cut('Stray words GSOMIA and more')).toEqual([
      'text "Stray words" in <div>',
      'text "GSOMIA" in <mark>',
      'text "and more" in <div>',
    ]);
  });

  it.each([
    ['the timeline', ''],
    ['an event’s page, its sources open', '?event=gsomia-extension'],
    ['an event dated by bounds', '?event=relations-worst'],
    ['a view with a notice', '?date=banana&event=nonsense&span=-4'],
    ['a search', '?q=GSOMIA', '.events-list mark'],
    ['a search that finds nothing', '?q=zzzzqqq'],
  ])('the page of %s shows no word from outside the catalogue', async (_name, search, shown?: string) => {
    const pack = await loadLanguagePack('en');
    const view = render(<PageRoot store={createPageStore(search, pack)} i18n={pseudoI18n} />);
    // Lazy parts (the relations, the matched titles and snippets) settle; what a page must show, it shows.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    if (shown) await waitFor(() => expect(view.container.querySelector(shown)).not.toBeNull());
    expect(view.container.textContent).toContain(PSEUDO_OPEN);
    expect(strayWords(view.container)).toEqual([]);
  });

  it('the embed shows no word from outside the catalogue', async () => {
    const pack = await loadLanguagePack('en');
    const view = render(
      <I18nProvider i18n={pseudoI18n}>
        <AppStoreProvider store={createPageStore('?event=gsomia-extension', pack)}>
          <EmbedApp />
        </AppStoreProvider>
      </I18nProvider>,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(view.container.textContent).toContain(PSEUDO_OPEN);
    expect(strayWords(view.container)).toEqual([]);
  });

  it('a prerendered page, its reading without JavaScript included, shows no word from outside the catalogue', async () => {
    const pack = await loadLanguagePack('en');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const html = renderToString(
      <PageRoot store={createPageStore('?event=gsomia-extension', pack)} i18n={pseudoI18n} withoutScript={<NoScriptReading />} />,
    );
    quiet.mockRestore();
    // What a reader without JavaScript reads is the <noscript>'s content, parsed as the page it is.
    const doc = new DOMParser().parseFromString(html.replace(/<\/?noscript>/g, ''), 'text/html');
    expect(doc.body.textContent).toContain(PSEUDO_OPEN);
    expect(strayWords(doc.body)).toEqual([]);
  });
});
