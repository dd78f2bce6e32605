import { createRoot, hydrateRoot } from 'react-dom/client';
import { pageSearch } from '../url/eventPage';
import { PageRoot } from './PageRoot';
import { PRERENDERED_ATTRIBUTE, startPage } from './startPage';
import { applyThemeChoice, readThemeChoice } from './theme';
import './app.css';

applyThemeChoice(readThemeChoice());
const search = pageSearch(location.pathname, location.search);
// Before the first render, so that the page opens on the linked view rather than moving to it.
startPage(search);

const root = document.getElementById('root');
if (root) {
  const app = <PageRoot />;
  // The build prerendered this page for one query string (none, or the event page's own event): with
  // that link the app takes over the markup as it stands; with any other it renders the linked view.
  if (root.getAttribute(PRERENDERED_ATTRIBUTE) === search) hydrateRoot(root, app);
  else createRoot(root).render(app);
}
