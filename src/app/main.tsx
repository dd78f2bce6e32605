import { createRoot, hydrateRoot } from 'react-dom/client';
import { thisPageSearch } from '../url/history';
import { PageRoot } from './PageRoot';
import { loadRelationsOnSelection } from './relationsOnDemand';
import { PRERENDERED_ATTRIBUTE, createPageStore } from './startPage';
import { applyThemeChoice, readThemeChoice } from './theme';
import './pageStyles';

// When the app began, for anyone timing the page (a browser test holds it after the first paint).
performance.mark('timeline:app-start');
applyThemeChoice(readThemeChoice());
const search = thisPageSearch();
const root = document.getElementById('root');
// The page opens on the permalink's view from its first render, rather than moving to it.
const store = createPageStore(search);
const page = <PageRoot store={store} />;

// The build prerendered this page for one query string (none, or the event page's own event): with that
// permalink the app takes over the markup as it stands; with any other it renders the permalink's view.
if (root?.getAttribute(PRERENDERED_ATTRIBUTE) === search) hydrateRoot(root, page);
else if (root) createRoot(root).render(page);
loadRelationsOnSelection(store);
