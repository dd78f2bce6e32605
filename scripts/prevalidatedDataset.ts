import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { type DatasetInput, validateDataset } from '../src/model/validateDataset';
import { validateDatasetWithRelations } from '../src/model/validateRelations';
import { loadDatasetFiles } from './loadDatasetFiles';

/** The module whose source the build replaces: it reads and checks the dataset when the page starts. */
const DATASET_MODULE = resolve('src/data/dataset.ts');

/**
 * The same module as src/data/dataset.ts, with the validator's result written in: the dataset that passed,
 * the problems found and the events left out. The page then shows and reports exactly what it would have
 * had it run the validator itself, without carrying the validator on its first screen.
 */
export function prevalidatedModule(input: DatasetInput): string {
  const { dataset, problems: eventProblems, rejected } = validateDataset(input);
  // The translations are checked against the whole dataset, relations included; their problems are the page's to report too.
  const translated = validateDatasetWithRelations(input).problems.filter((p) => p.path[0] === 'translations');
  const problems = [...eventProblems, ...translated];
  const checked = JSON.stringify({ dataset, problems, rejected: [...rejected] });
  return [
    `const checked = JSON.parse(${JSON.stringify(checked)});`,
    'export const dataset = checked.dataset;',
    'export const datasetProblems = checked.problems;',
    'const rejected = new Set(checked.rejected);',
    'export async function loadDatasetRelations() {',
    "  const [{ default: relations }, { validateRelations }] = await Promise.all([import('./relations.json'), import('../model/relationCheck')]);",
    '  return validateRelations(relations, dataset, rejected);',
    '}',
  ].join('\n');
}

/** In the production build, src/data/dataset.ts is checked at build time (see prevalidatedModule). */
export function prevalidatedDataset(dataDir = 'src/data'): Plugin {
  return {
    name: 'prevalidated-dataset',
    apply: 'build',
    load(id) {
      if (resolve(id) !== DATASET_MODULE) return null;
      return prevalidatedModule(loadDatasetFiles(resolve(dataDir)));
    },
  };
}
