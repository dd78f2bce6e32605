/** Benchmark page with nothing on it: the browser's floor for ready time and frame intervals. */
import { runPage, settled } from './contract';
import './bench.css';

runPage(async () => {
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root');
  await settled(container);
  return { window: () => ({ start: Date.UTC(1900, 0, 1), end: Date.UTC(2030, 0, 1) }) };
});
