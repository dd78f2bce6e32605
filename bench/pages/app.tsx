/**
 * Benchmark page: the whole app as readers get it (header, timeline, overview, events list with its
 * filters, the source panel with an event selected, URL sync), fed a synthetic dataset through the
 * boundary the real one crosses: dataset files (sources, events, article texts), assembled as the app's loader does.
 */
import { App } from '../../src/app/App';
import '../../src/app/pageStyles';
import { describeProblem } from '../../src/model/problemWords';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validateDataset';
import { createAppStore } from '../../src/store/store';
import { assembleDataset } from '../data/assembleDataset';
import { syntheticDatasetInput } from '../data/syntheticArticles';
import { type BenchParams, loadBenchData, runPage } from './contract';
import { mountOurs } from './mountOurs';

/**
 * The page assembles the dataset files as they are, as the app does: its build checks the data and ships it
 * checked (scripts/prevalidatedDataset.ts), so no reader pays for the validator. `?validate=1` runs the validator
 * on them first, as the workbench and `npm run validate-data` do, to measure what that costs (bench/startCompare.ts
 * --validate=1; docs/performance.md).
 */
/**
 * The dataset, through the boundary. A function of its own so that the page's data and the files are
 * garbage once it returns: at a million events they would double the heap the first render works in.
 */
async function loadSyntheticDataset(params: BenchParams): Promise<Dataset> {
  const data = await loadBenchData(params);
  const input = syntheticDatasetInput(data.events);
  performance.mark('bench:files');
  if (new URLSearchParams(location.search).get('validate') !== '1') return assembleDataset(input);
  const { dataset, problems } = validateDataset(input);
  const first = problems[0];
  if (first) throw new Error(`the synthetic dataset has ${problems.length} problems, the first: ${describeProblem(first)}`);
  return dataset;
}

runPage(async (params) => {
  const dataset = await loadSyntheticDataset(params);
  performance.mark('bench:events');
  // A reader who chose an event: the source panel shows it, the events list marks it.
  const middle = dataset.events[dataset.events.length >> 1];
  const store = createAppStore({ dataset, selectedId: middle?.id ?? null });
  return mountOurs(store, <App />, params.n, '.timeline [data-event-id], .timeline .cluster');
});
