/** Benchmark page: vis-timeline 8.5 with its default options, on the same synthetic data. */
import { DataSet } from 'vis-data/peer';
import { Timeline, type DataItem } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { loadBenchData, runPage, settled } from './contract';
import './bench.css';
import { DAY } from '../../src/model/duration';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

runPage(async (params) => {
  const data = await loadBenchData(params);
  const items = new DataSet<DataItem>(
    data.events.map((e) =>
      e.type === 'range' && e.end !== undefined
        ? // vis-timeline ends a range at an instant; our periods end after their last day.
          { id: e.id, content: e.title, type: 'range', start: utc(e.start), end: utc(e.end) + DAY }
        : { id: e.id, content: e.title, type: 'point', start: utc(e.start) },
    ),
  );
  performance.mark('bench:events');
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root');
  let drawn = false;
  // No start/end options: given both, vis-timeline 8.5 waits for a range change that never comes and
  // stays behind its loading screen. Left to itself it fits the items, about the same 1900–2030 window.
  const timeline = new Timeline(container, items, {
    height: '100%',
    // The red "now" line redraws on a timer; it would keep the page from ever being still.
    showCurrentTime: false,
    onInitialDrawComplete: () => {
      drawn = true;
    },
  });
  performance.mark('bench:rendered');
  await settled(container, () => params.n === 0 || drawn, 60_000);
  return {
    window: () => {
      const { start, end } = timeline.getWindow();
      return { start: start.valueOf(), end: end.valueOf() };
    },
    // The centre panel holds the items and takes vis-timeline's wheel and drag.
    plot: () => container.querySelector('.vis-panel.vis-center'),
  };
});
