import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateRelations } from '../src/model/relationCheck';
import { type DatasetInput, validateDataset } from '../src/model/validateDataset';
import { validateDatasetWithRelations } from '../src/model/validateRelations';
import { loadDatasetFiles } from './loadDatasetFiles';

/** The module whose source the build replaces: it reads and checks the dataset when the page starts. */
const DATASET_MODULE = resolve('src/data/dataset.ts');

/** The relations as checked at build time: a module of their own, so that they stay a chunk the page loads on demand. */
const CHECKED_RELATIONS = 'virtual:checked-relations';
const CHECKED_RELATIONS_ID = '\0checked-relations.js';

/** A module whose default export is `value`, parsed from JSON (quicker to read for a large value than a literal). */
const jsonModule = (value: unknown, name: string): string => `const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/**
 * The same module as src/data/dataset.ts, with the validator's result written in: the dataset that passed,
 * the problems found and the events left out. The page then shows and reports exactly what it would have
 * had it run the validator itself, without carrying the validator on its first screen. Its relations come from
 * checkedRelationsModule, on demand.
 */
export function prevalidatedModule(input: DatasetInput): string {
  const { dataset, problems: eventProblems } = validateDataset(input);
  // The translations are checked against the whole dataset, relations included; their problems are the page's to report too.
  const translated = validateDatasetWithRelations(input).problems.filter((p) => p.path[0] === 'translations');
  const problems = [...eventProblems, ...translated];
  return [
    jsonModule({ dataset, problems }, 'checked'),
    'export const dataset = checked.dataset;',
    'export const datasetProblems = checked.problems;',
    `export const loadDatasetRelations = () => import('${CHECKED_RELATIONS}').then((m) => m.default);`,
  ].join('\n');
}

/**
 * The relations between events and their problems, checked at build time against the dataset as the page's
 * `loadDatasetRelations` would check them: the chunk a reader downloads on selecting an event carries the relations
 * alone, not the relation validator.
 */
export function checkedRelationsModule(input: DatasetInput): string {
  const { dataset, rejected } = validateDataset(input);
  return [jsonModule(validateRelations(input.relations, dataset, rejected), 'relations'), 'export default relations;'].join('\n');
}

/**
 * In the production build, src/data/dataset.ts and its relations are checked at build time (see prevalidatedModule),
 * from the files of `dataDir`: in the build only, unless `when` is 'always', as the prerender's server asks when
 * the dataset is read from another folder.
 */
export function prevalidatedDataset(dataDir = 'src/data', when: 'build' | 'always' = 'build'): Plugin {
  let input: DatasetInput | undefined;
  const read = (): DatasetInput => (input ??= loadDatasetFiles(resolve(dataDir)));
  return {
    name: 'prevalidated-dataset',
    ...(when === 'build' && { apply: 'build' as const }),
    buildStart() {
      input = undefined;
    },
    resolveId: (id) => (id === CHECKED_RELATIONS ? CHECKED_RELATIONS_ID : null),
    load(id) {
      if (id === CHECKED_RELATIONS_ID) return checkedRelationsModule(read());
      if (resolve(id) !== DATASET_MODULE) return null;
      return prevalidatedModule(read());
    },
  };
}
