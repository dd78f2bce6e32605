import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { PRERENDERED_ATTRIBUTE, startPage } from '../app/startPage';
import { applyThemeChoice, readThemeChoice } from '../app/theme';
import { EmbedApp } from './EmbedApp';
import '../app/app.css';

applyThemeChoice(readThemeChoice());
const root = document.getElementById('root');
const app = (
  <StrictMode>
    <EmbedApp />
  </StrictMode>
);

// As on the root page (src/app/main.tsx): take over the prerendered frame, or render the linked view.
startPage(location.search);
if (root?.getAttribute(PRERENDERED_ATTRIBUTE) === location.search) hydrateRoot(root, app);
else if (root) createRoot(root).render(app);
