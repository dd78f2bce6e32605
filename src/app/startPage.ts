import { dataset, datasetProblems } from '../data/dataset';
import { type AppStore, createAppStore } from '../store/store';
import { pageStateFor } from '../url/permalink';

/**
 * The store of a page opened with `search`: the dataset, and the permalink's view, selection, marked date
 * and notices, all in its first state. The build's prerenderer and the browser make it from the same query
 * string, so the page hydrates onto the very markup the server wrote.
 */
export const createPageStore = (search: string): AppStore => createAppStore(pageStateFor(search, dataset, datasetProblems));

/** The attribute on the root element that says which query string the prerendered markup was made for. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered-for';
