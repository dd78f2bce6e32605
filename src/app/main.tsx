import { LOCALES } from '../i18n/languages';
import { prepareIntl } from '../i18n/message';
import { thisPageSearch } from '../url/history';
import { i18nOf, loadLanguagePack } from './languagePack';
import { mountPage } from './mountPage';
import { PageRoot } from './PageRoot';
import { loadRelationsOnSelection } from './relationsOnDemand';
import { createPageStore, pageLanguage } from './startPage';
import { applyThemeChoice, readThemeChoice } from './theme';
import './pageStyles';

// When the app began, for anyone timing the page (a browser test holds it after the first paint).
performance.mark('timeline:app-start');
applyThemeChoice(readThemeChoice());
/** Opens the page in its language: the language's chunk (preloaded with the page) first, then the app on the permalink's view. */
async function start(): Promise<void> {
  const search = thisPageSearch();
  const root = document.getElementById('root');
  const language = pageLanguage(location.pathname, location.search, navigator.languages);
  // ICU's data for the language loads in tasks of its own while the language's chunk arrives, not inside the first render.
  const intl = prepareIntl(LOCALES[language].intl);
  const pack = await loadLanguagePack(language);
  await intl;
  document.documentElement.lang = language;
  // The page opens on the permalink's view from its first render, rather than moving to it.
  const store = createPageStore(search, pack);
  const i18n = i18nOf(pack);
  const page = <PageRoot store={store} i18n={i18n} />;
  mountPage(root, page, search, language);
  loadRelationsOnSelection(store, pack, i18n.later);
}

void start();
