import { describeEventDate } from '../model/describeEventDate';
import type { Cluster } from '../core/markLayout';
import type { PartialDate } from '../model/partialDate';
import type { TimelineEvent } from '../model/types';

const STATUS_WORDS = { happened: '', announced: ', announced', planned: ', planned' } as const;

/**
 * A mark's accessible name: its visible label first, so that speech input can say what is on screen (WCAG 2.5.3),
 * then its title, unless the title already begins with the label, and its date as the sources give it:
 * "GSOMIA signed: GSOMIA, a military intelligence-sharing accord, signed, November 2016".
 */
export function markName(event: TimelineEvent): string {
  const { label, title } = event;
  const titleBeginsWithLabel = title.toLowerCase().startsWith(label.toLowerCase()) && !/^[\p{L}\p{N}]/u.test(title.slice(label.length));
  return `${titleBeginsWithLabel ? title : `${label}: ${title}`}, ${describeEventDate(event)}${STATUS_WORDS[event.status]}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A date as briefly as its precision allows, year apart: ["28 Nov", "2019"], ["Nov", "2019"], ["", "2019"]. */
function shortDate(date: PartialDate): [string, string] {
  const d = new Date(date.start);
  const month = MONTHS[d.getUTCMonth()] ?? '';
  const year = String(d.getUTCFullYear());
  if (date.precision === 'year') return ['', year];
  if (date.precision === 'month') return [month, year];
  return [`${date.precision === 'week' ? 'week of ' : ''}${d.getUTCDate()} ${month}`, year];
}

/** The span from one start to another, the year said once where both share it: "28 Nov – 2 Dec 2019". */
export function shortSpan(first: PartialDate, last: PartialDate): string {
  const [a, aYear] = shortDate(first);
  const [b, bYear] = shortDate(last);
  const end = `${b} ${bYear}`.trim();
  if (first.iso === last.iso) return end;
  return aYear === bYear && a ? `${a} – ${end}` : `${`${a} ${aYear}`.trim()} – ${end}`;
}

/**
 * A cluster says how many events it holds, which span, and what activating it does: "3 events, 28 Nov – 2 Dec 2019; …".
 * Its name begins with the count it shows, also where the badge rounds it: "4.5k: 4,512 events, …".
 */
export function clusterName(cluster: Cluster, events: readonly TimelineEvent[]): string {
  const count = cluster.hi - cluster.lo;
  const first = events[cluster.lo];
  const last = events[cluster.hi - 1];
  const when = first && last ? `, ${shortSpan(first.start, last.start)}` : '';
  const exact = count === 1 ? '1 event' : `${count.toLocaleString('en')} events`;
  const shown = shortCount(count);
  return `${shown === String(count) ? '' : `${shown}: `}${exact}${when}; zoom in to see ${count === 1 ? 'it' : 'them'}`;
}

/** A count short enough for a small badge: 7, 312, 4.5k, 12k. */
export function shortCount(count: number): string {
  if (count < 1000) return String(count);
  return count < 10_000 ? `${(count / 1000).toFixed(1)}k` : `${Math.round(count / 1000)}k`;
}
