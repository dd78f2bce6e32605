import { validateDataset } from '../model/validateDataset';
import events from './events.json';
import sources from './sources.json';

/**
 * The curated dataset, checked by the same validator that `npm run validate-data` runs. An event with a
 * problem is left out and the problem is reported, so a broken record never takes the page down.
 */
const texts = import.meta.glob<string>('./articles/*.txt', { query: '?raw', import: 'default', eager: true });

const byFile = Object.fromEntries(Object.entries(texts).map(([path, text]) => [path.replace('./articles/', ''), text]));

export const { dataset, problems: datasetProblems } = validateDataset({ sources, events, texts: byFile });
