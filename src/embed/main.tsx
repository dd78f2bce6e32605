import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { PRERENDERED_ATTRIBUTE, startPage } from '../app/startPage';
import { applyThemeChoice, readThemeChoice } from '../app/theme';
import { EmbedApp } from './EmbedApp';
import '../app/app.css';

applyThemeChoice(readThemeChoice());
startPage(location.search);

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <EmbedApp />
    </StrictMode>
  );
  if (root.getAttribute(PRERENDERED_ATTRIBUTE) === location.search) hydrateRoot(root, app);
  else createRoot(root).render(app);
}
