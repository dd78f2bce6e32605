import { type PartialDate, parsePartialDate } from '../../src/model/partialDate';
import { TAGS, type TimelineEvent } from '../../src/model/types';
import type { BenchEvent } from './synthetic';

/**
 * Turns the benchmark's events into the app's own TimelineEvent objects, dated by the model's
 * parsePartialDate, and sorted as a Dataset requires (start, then end, then id).
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
    const end = e.type === 'range' && e.end !== undefined ? date(e.end, `event ${e.id}`) : undefined;
    const base = {
      id: e.id,
      title: e.title,
      status: 'happened' as const,
      tags: [TAGS[i % TAGS.length] ?? 'history'],
      citations: [],
      start,
      t0: start.start,
      t1: (end ?? start).end,
    };
    return end ? { ...base, end } : base;
  });
  return out.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
