// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbedApp } from '../embed/EmbedApp';
import type { I18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/I18nProvider';
import { LANGUAGES } from '../i18n/languages';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { i18nOf, loadLanguagePack } from './languagePack';
import { PageRoot } from './PageRoot';
import { createPageStore } from './startPage';
import { stubPageGlobals } from '../testing/pageGlobals';

/**
 * A page's first screen speaks only the words of its first download (src/i18n/catalogues/<language>.ts): the
 * types keep the later words out of every component's `useI18n()`, and this checks the other half, that no part
 * of the first screen asks for the complete language (`useFullI18n`), which would hold the page back.
 */
async function firstScreenLanguage(language: (typeof LANGUAGES)[number]) {
  const pack = await loadLanguagePack(language);
  const asked = vi.fn();
  const i18n: I18n = {
    ...i18nOf(pack),
    later: {
      read: () => {
        asked();
        throw new Error('the first screen asked for the later words');
      },
      load: () => {
        asked();
        return Promise.reject(new Error('the first screen fetched the later words'));
      },
    },
  };
  return { pack, i18n, asked };
}

const PAGES = [
  ['the timeline', ''],
  ['an event’s page, its sources open', '?event=gsomia-extension'],
  ['a view with a notice', '?date=banana&event=pact-1965'],
] as const;

beforeEach(() => {
  history.replaceState(null, '', '/');
  stubPageGlobals();
});
afterEach(() => vi.unstubAllGlobals());

describe.each(LANGUAGES)('the first screen in %s', (language) => {
  it.each(PAGES)('of %s asks for no later word, on the server or in the browser', async (_name, search) => {
    const { pack, i18n, asked } = await firstScreenLanguage(language);
    // The server's renderer warns of the layout effects it skips, as the build's prerenderer does; they are not at issue here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(renderToString(<PageRoot store={createPageStore(search, pack)} i18n={i18n} />)).toContain('timeline');
    quiet.mockRestore();
    render(<PageRoot store={createPageStore(search, pack)} i18n={i18n} />);
    expect(asked).not.toHaveBeenCalled();
  });

  it('of the embed asks for no later word', async () => {
    const { pack, i18n, asked } = await firstScreenLanguage(language);
    render(
      <I18nProvider i18n={i18n}>
        <AppStoreProvider store={createPageStore('?event=gsomia-extension', pack)}>
          <EmbedApp />
        </AppStoreProvider>
      </I18nProvider>,
    );
    expect(asked).not.toHaveBeenCalled();
  });
});
