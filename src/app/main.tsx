import { createRoot, hydrateRoot } from 'react-dom/client';
import { pageSearch } from '../url/eventPage';
import { PageRoot } from './PageRoot';
import { PRERENDERED_ATTRIBUTE, loadLinksAfterStart, startPage } from './startPage';
import { applyThemeChoice, readThemeChoice } from './theme';
import './app.css';

// When the app began, for anyone timing the page (a browser test holds it after the first paint).
performance.mark('timeline:app-start');
applyThemeChoice(readThemeChoice());
const search = pageSearch(location.pathname, location.search);
const root = document.getElementById('root');

/** Opens the linked view in the store before the first render, so that the page opens on it rather than moving to it. */
function start(render: (root: HTMLElement) => void): void {
  startPage(search);
  if (root) render(root);
}

// The build prerendered this page for one query string (none, or the event page's own event): with that
// link the app takes over the markup as it stands; with any other it renders the linked view.
if (root?.getAttribute(PRERENDERED_ATTRIBUTE) === search) start((el) => hydrateRoot(el, <PageRoot />));
else start((el) => createRoot(el).render(<PageRoot />));
loadLinksAfterStart();
