import { dataset, datasetProblems } from '../data/dataset';
import { resetAppStore, useAppStore } from '../store/store';
import { openLink } from './useUrlSync';

/**
 * Puts the dataset and a link's view into the store before the first render. The build's prerenderer
 * and the browser call it with the same query string, so the page hydrates onto the very markup the
 * server wrote. While rendering on the server and while hydrating, zustand reads the store's initial
 * state (its `getInitialState()` object, not the current one): that object is made this page's state.
 */
export function startPage(search: string): void {
  resetAppStore();
  useAppStore.getState().loadDataset(dataset, datasetProblems);
  openLink(search, { atStartup: true });
  Object.assign(useAppStore.getInitialState(), useAppStore.getState());
}

/** The attribute on the root element that says which query string the prerendered markup was made for. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered-for';
