import { validateDataset } from '../model/validateDataset';
import type { DataProblem, Relation } from '../model/types';
import events from './events.json';
import sources from './sources.json';

/**
 * The curated dataset, checked by the same validator that `npm run validate-data` runs. An event with a
 * problem is left out and the problem is reported, so a broken record never takes the page down. The
 * production build runs the validator once, at build time, and writes its result in place of this module
 * (scripts/prevalidatedDataset.ts): the page shows and reports the same, without the validator's code.
 */
const texts = import.meta.glob<string>('./articles/*.txt', { query: '?raw', import: 'default', eager: true });

const byFile = Object.fromEntries(Object.entries(texts).map(([path, text]) => [path.replace('./articles/', ''), text]));

const checked = validateDataset({ sources, events, texts: byFile });
export const { dataset, problems: datasetProblems } = checked;

/**
 * The relations between events, checked by the same validator against the dataset. They are first needed when
 * an event is selected, so they come in their own chunk, on demand (the production build checks them at build
 * time, and that chunk carries the result alone).
 */
export async function loadDatasetRelations(): Promise<{
  readonly relations: readonly Relation[];
  readonly problems: readonly DataProblem[];
}> {
  const [{ default: relations }, { validateRelations }] = await Promise.all([import('./relations.json'), import('../model/relationCheck')]);
  return validateRelations(relations, dataset, checked.rejected);
}
