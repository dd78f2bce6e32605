/** Benchmark page: the app's timeline component alone, fed synthetic data through the app's store (for profiling). */
import { FULL_RANGE } from '../../src/core/viewWindow';
import { createAppStore } from '../../src/store/store';
import { Timeline } from '../../src/timeline/Timeline';
import '../../src/app/pageStyles';
import { toTimelineEvents } from '../data/toTimelineEvents';
import { loadBenchData, runPage } from './contract';
import { mountOurs } from './mountOurs';
import './bench.css';

runPage(async (params) => {
  const data = await loadBenchData(params);
  const events = toTimelineEvents(data.events);
  performance.mark('bench:events');
  const store = createAppStore({ view: FULL_RANGE, dataset: { sources: [], events } });
  return mountOurs(store, <Timeline />, params.n, '[data-event-id], .cluster');
});
