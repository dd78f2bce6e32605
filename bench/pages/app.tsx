/**
 * Benchmark page: the whole app as readers get it (header, timeline, overview, events list with its
 * filters, the source panel with an event selected, URL sync), fed a synthetic dataset through the
 * boundary the real one crosses: dataset files (sources, events, article texts) checked by `validateDataset`.
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
 * Up to this many events the page runs the app's validator on the data, as the app does on its own. Above
 * it the same files are assembled unchecked: the validator costs about 40 µs an event (4 s at 100,000),
 * a cost of loading, not of drawing, that would hide what this page measures (see docs/performance.md).
 */
const VALIDATE_UP_TO = 10_000;

/**
 * The dataset, through the boundary. A function of its own so that the page's data and the files are
 * garbage once it returns: at a million events they would double the heap the first render works in.
 */
async function loadSyntheticDataset(params: BenchParams): Promise<Dataset> {
  const data = await loadBenchData(params);
  const input = syntheticDatasetInput(data.events);
  performance.mark('bench:files');
  const validate = new URLSearchParams(location.search).get('validate') ?? (params.n <= VALIDATE_UP_TO ? '1' : '0');
  if (validate !== '1') return assembleDataset(input);
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
