import { type PartialDate, parsePartialDate } from '../../src/model/partialDate';
import { TAGS, type TimelineEvent } from '../../src/model/types';
import type { BenchEvent } from './synthetic';
import { DAY } from '../../src/model/duration';

const FIRST_DAY = Date.UTC(1900, 0, 1) / DAY;
const byId = (a: TimelineEvent, b: TimelineEvent) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Sorts as a Dataset requires: by start, then end, then id. At a million events a comparator sort over
 * objects takes seconds, which would count against the timeline's ready time; instead each event's
 * start day, length in days and index are packed into one exact float (16 + 16 + 20 bits < 2^53) and
 * the floats sorted natively, then each run of equal (start, end) is put in id order.
 */
export function sortForDataset(events: TimelineEvent[]): TimelineEvent[] {
  const packable =
    events.length < 2 ** 20 &&
    events.every((e) => e.t0 >= FIRST_DAY * DAY && (e.t1 - e.t0) / DAY < 2 ** 16 && e.t0 / DAY - FIRST_DAY < 2 ** 16);
  if (!packable) return events.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || byId(a, b));
  const keys = new Float64Array(events.length);
  events.forEach((e, i) => {
    keys[i] = ((e.t0 / DAY - FIRST_DAY) * 2 ** 16 + (e.t1 - e.t0) / DAY) * 2 ** 20 + i;
  });
  keys.sort();
  const sorted = Array.from(keys, (key) => events[key % 2 ** 20] as TimelineEvent);
  for (let lo = 0; lo < sorted.length;) {
    let hi = lo + 1;
    while (hi < sorted.length && sorted[hi]?.t0 === sorted[lo]?.t0 && sorted[hi]?.t1 === sorted[lo]?.t1) hi++;
    if (hi - lo > 1) sorted.splice(lo, hi - lo, ...sorted.slice(lo, hi).sort(byId));
    lo = hi;
  }
  return sorted;
}

/**
 * Turns the benchmark's events into the app's own TimelineEvent objects, dated by the model's
 * parsePartialDate, and sorted as a Dataset requires.
 */
export function toTimelineEvents(events: readonly BenchEvent[]): TimelineEvent[] {
  // 130 years hold only ~47,500 days, so at large N most dates repeat: parse each distinct one once.
  const parsed = new Map<string, PartialDate>();
  const date = (iso: string, where: string): PartialDate => {
    let found = parsed.get(iso);
    if (!found) {
      found = parsePartialDate(iso);
      if (!found) throw new Error(`${where}: "${iso}" is not a date`);
      parsed.set(iso, found);
    }
    return found;
  };
  const out = events.map((e, i): TimelineEvent => {
    const start = date(e.start, `event ${e.id}`);
    const tags = [TAGS[i % TAGS.length] ?? 'history'];
    const event = {
      id: e.id,
      title: e.title,
      label: e.title.slice(0, 30),
      status: 'happened',
      tags,
      citations: [],
      start,
      t0: start.start,
    } as const;
    if (e.type !== 'range' || e.end === undefined) return { ...event, t1: start.end };
    const end = date(e.end, `event ${e.id}`);
    return { ...event, end, t1: end.end };
  });
  return sortForDataset(out);
}
