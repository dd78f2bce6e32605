import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { loadRelationsOnSelection } from '../app/relationsOnDemand';
import { PRERENDERED_ATTRIBUTE, createPageStore } from '../app/startPage';
import { applyThemeChoice, readThemeChoice } from '../app/theme';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { EmbedApp } from './EmbedApp';
import '../app/pageStyles';

applyThemeChoice(readThemeChoice());
const root = document.getElementById('root');
const store = createPageStore(location.search);
const app = (
  <StrictMode>
    <AppStoreProvider store={store}>
      <EmbedApp />
    </AppStoreProvider>
  </StrictMode>
);

// As on the root page (src/app/main.tsx): take over the prerendered frame, or render the permalink's view.
if (root?.getAttribute(PRERENDERED_ATTRIBUTE) === location.search) hydrateRoot(root, app);
else if (root) createRoot(root).render(app);
loadRelationsOnSelection(store);
