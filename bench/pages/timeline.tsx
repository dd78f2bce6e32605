/** Benchmark page: the app's timeline component alone, fed synthetic data through the app's store (for profiling). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { FULL_RANGE } from '../../src/core/viewWindow';
import { useAppStore } from '../../src/store/store';
import { Timeline } from '../../src/timeline/Timeline';
import '../../src/app/app.css';
import { toTimelineEvents } from '../data/toTimelineEvents';
import { loadBenchData, runPage, settled } from './contract';
import './bench.css';

runPage(async (params) => {
  const data = await loadBenchData(params);
  const events = toTimelineEvents(data.events);
  performance.mark('bench:events');
  const store = useAppStore.getState();
  store.setView(FULL_RANGE);
  store.loadDataset({ sources: [], events });
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root');
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <StrictMode>
        <Timeline />
      </StrictMode>,
    ),
  );
  performance.mark('bench:rendered');
  // Complete once the view has drawn its marks or clusters (it may draw them in a later frame, after
  // measuring its width) and the DOM has stopped changing. A renamed hook fails loudly here, not silently.
  const hasMarks = () => params.n === 0 || container.querySelector('[data-event-id], .cluster, canvas') !== null;
  await settled(container, hasMarks);
  return {
    window: () => {
      const { start, end } = useAppStore.getState().view;
      return { start, end };
    },
    plot: () => container.querySelector('.timeline-frame'),
  };
});
