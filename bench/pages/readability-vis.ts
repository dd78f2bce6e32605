/**
 * Readability page: vis-timeline 8.5 with its default options, on the app's own 15 events and short labels,
 * showing the window given as ?start=…&end=… (ms). Sets data-ready on <body> once that window is drawn.
 */
import { DataSet } from 'vis-data/peer';
import { type DataItem, Timeline } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import { dataset } from '../../src/data/dataset';

const params = new URLSearchParams(location.search);
const start = Number(params.get('start'));
const end = Number(params.get('end'));
const container = document.getElementById('root');
if (!container || !Number.isFinite(start) || !Number.isFinite(end)) throw new Error('the page needs #root, ?start and ?end');

// A period, or a date known to a week, month or year, covers its extent (a range); a day is a point (a box).
const items = new DataSet<DataItem>(
  dataset.events.map((e) =>
    e.end || e.start.precision !== 'day'
      ? { id: e.id, content: e.label, type: 'range', start: e.t0, end: e.t1 }
      : { id: e.id, content: e.label, start: e.t0 },
  ),
);
// The red "now" line redraws on a timer; without it the page comes to rest.
const timeline = new Timeline(container, items, { showCurrentTime: false });
// Given start and end as options, vis-timeline 8.5 waits for a range change that never comes: set the window once drawn.
timeline.on('changed', function ready() {
  const shown = timeline.getWindow();
  if (Math.abs(shown.start.valueOf() - start) < 1000 && Math.abs(shown.end.valueOf() - end) < 1000) {
    timeline.off('changed', ready);
    document.body.dataset.ready = '';
    return;
  }
  timeline.setWindow(start, end, { animation: false });
});
