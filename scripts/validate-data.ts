import { resolve } from 'node:path';
import { describeProblem } from '../src/model/problemWords';
import { validateDatasetWithRelations } from '../src/model/validateRelations';
import { loadDataset } from './loadDatasetFiles';

/** `npm run validate-data [DIR | FILE.json]`: checks the dataset in src/data (or DIR, or one downloaded JSON file) and exits non-zero on any problem. */
const dir = resolve(process.argv[2] ?? 'src/data');

let input;
try {
  input = loadDataset(dir);
} catch (error) {
  console.error(`Cannot read the dataset in ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const { dataset, problems } = validateDatasetWithRelations(input);
const citations = dataset.events.reduce((n, e) => n + e.citations.length, 0);

if (problems.length > 0) {
  console.error(`The dataset in ${dir} has ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${describeProblem(p)}`);
  process.exit(1);
}
console.log(
  `Dataset OK: ${dataset.events.length} events, ${citations} citations, ${dataset.relations?.length ?? 0} relations, ${dataset.sources.length} sources.`,
);
