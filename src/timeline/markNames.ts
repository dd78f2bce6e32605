import { describeDate } from '../model/describeDate';
import { describeEventDate } from '../model/describeEventDate';
import type { Cluster } from '../core/markLayout';
import type { TimelineEvent } from '../model/types';

const STATUS_WORDS = { happened: '', announced: ', announced', planned: ', planned' } as const;

/** A mark's accessible name: its title and its date as the sources give it ("…, 22 November 2019"). */
export const markName = (event: TimelineEvent): string =>
  `${event.title}, ${describeEventDate(event)}${STATUS_WORDS[event.status]}`;

/** A cluster says how many events it holds, when, and what activating it does. */
export function clusterName(cluster: Cluster, events: readonly TimelineEvent[]): string {
  const count = cluster.hi - cluster.lo;
  const first = events[cluster.lo];
  const last = events[cluster.hi - 1];
  const when = first && last ? ` from ${describeDate(first.start)} to ${describeDate(last.start)}` : '';
  return `${count === 1 ? '1 event' : `${count.toLocaleString('en')} events`}${when}; zoom in to see ${count === 1 ? 'it' : 'them'}`;
}

/** A count short enough for a small badge: 7, 312, 4.5k, 12k. */
export function shortCount(count: number): string {
  if (count < 1000) return String(count);
  return count < 10_000 ? `${(count / 1000).toFixed(1)}k` : `${Math.round(count / 1000)}k`;
}
