import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dataset, datasetProblems, loadDatasetLinks } from '../data/dataset';
import { useAppStore } from '../store/store';
import { App } from './App';
import { applyThemeChoice, readThemeChoice } from './theme';
import { openLink } from './useUrlSync';
import './app.css';

applyThemeChoice(readThemeChoice());
useAppStore.getState().loadDataset(dataset, datasetProblems);
void loadDatasetLinks().then(({ links, problems }) => {
  const { dataset: loaded, datasetProblems: known, loadDataset } = useAppStore.getState();
  loadDataset({ ...loaded, links }, [...known, ...problems]);
});
// Before the first render, so that the page opens on the linked view rather than moving to it.
openLink(location.search, { atStartup: true });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
