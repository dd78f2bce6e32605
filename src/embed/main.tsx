import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { afterFirstPaint } from '../app/afterFirstPaint';
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

// As on the root page (src/app/main.tsx): hydrate the prerendered frame once painted, or render the linked view.
if (root?.getAttribute(PRERENDERED_ATTRIBUTE) === location.search) {
  afterFirstPaint(() => {
    startPage(location.search);
    hydrateRoot(root, app);
  });
} else if (root) {
  startPage(location.search);
  createRoot(root).render(app);
}
