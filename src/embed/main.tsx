import { StrictMode } from 'react';
import { i18nOf, loadLanguagePack } from '../app/languagePack';
import { loadRelationsOnSelection } from '../app/relationsOnDemand';
import { mountPage } from '../app/mountPage';
import { createPageStore, pageLanguage } from '../app/startPage';
import { applyThemeChoice, readThemeChoice } from '../app/theme';
import { I18nProvider } from '../i18n/I18nProvider';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { EmbedApp } from './EmbedApp';
import '../app/pageStyles';

applyThemeChoice(readThemeChoice());
/** As on the root page (src/app/main.tsx): the language first, then the app, taking over the prerendered frame or rendering the permalink's view. */
async function start(): Promise<void> {
  const root = document.getElementById('root');
  // The embed speaks the language its code names (`?lang=`), else the reader's.
  const language = pageLanguage(location.pathname, location.search, navigator.languages);
  const pack = await loadLanguagePack(language);
  document.documentElement.lang = language;
  const store = createPageStore(location.search, pack);
  const i18n = i18nOf(pack);
  const app = (
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <AppStoreProvider store={store}>
          <EmbedApp />
        </AppStoreProvider>
      </I18nProvider>
    </StrictMode>
  );
  mountPage(root, app, location.search, language);
  loadRelationsOnSelection(store, pack, i18n.later);
}

void start();
