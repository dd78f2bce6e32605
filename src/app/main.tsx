import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { thisPageSearch } from '../url/history';
import { i18nOf, loadLanguagePack } from './languagePack';
import { PageRoot } from './PageRoot';
import { loadRelationsOnSelection } from './relationsOnDemand';
import { createPageStore, pageLanguage, prerenderedFor } from './startPage';
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
  const pack = await loadLanguagePack(language);
  document.documentElement.lang = language;
  // The page opens on the permalink's view from its first render, rather than moving to it.
  const store = createPageStore(search, pack);
  const i18n = i18nOf(pack);
  const page = <PageRoot store={store} i18n={i18n} />;
  // The build prerendered this page for one query string (none, or the event page's own event) in one language:
  // with those the app takes over the markup as it stands; with any other it renders the permalink's view.
  // In a transition, React renders (and hydrates) in slices of a few milliseconds, yielding to the browser
  // between them, rather than in one long task that holds up a reader's first tap or key.
  startTransition(() => {
    if (prerenderedFor(root, search, language) && root) hydrateRoot(root, page);
    else if (root) createRoot(root).render(page);
  });
  loadRelationsOnSelection(store, pack, i18n.later);
}

void start();
