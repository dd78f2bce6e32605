/**
 * Above the size the page validates (see VALIDATE_UP_TO in bench/pages/app.tsx), the same dataset files
 * are turned into the app's Dataset without the checks: the same sources, events, dates and citations
 * as the validator would give (syntheticArticles.test.ts proves it passes them at 10,000 events), without
 * the validator's cost, which is about 40 µs an event and would swamp what the benchmark measures.
 */
import { type PartialDate, parsePartialDate } from '../../src/model/partialDate';
import type { RawEvent, RawSource } from '../../src/model/schema';
import type { Dataset, Source, TimelineEvent } from '../../src/model/types';
import type { DatasetInput } from '../../src/model/validateDataset';
import { sortForDataset } from './toTimelineEvents';

export function assembleDataset(input: DatasetInput): Dataset {
  // At large N most dates repeat: parse each distinct one once.
  const parsed = new Map<string, PartialDate>();
  const date = (text: string): PartialDate => {
    let found = parsed.get(text);
    if (!found) {
      found = parsePartialDate(text);
      if (!found) throw new Error(`"${text}" is not a date`);
      parsed.set(text, found);
    }
    return found;
  };
  const sources: Source[] = (input.sources as RawSource[]).map((s) => ({
    ...s,
    published: date(s.published),
    text: input.texts[s.file] ?? '',
  }));
  const events = (input.events as RawEvent[]).map((e): TimelineEvent => {
    const start = date(e.start);
    const end = e.end === undefined ? undefined : date(e.end);
    const citations = e.citations.map((c) => ({ sourceId: c.source, quote: c.quote }));
    const base = {
      id: e.id,
      title: e.title,
      label: e.label,
      status: e.status,
      tags: e.tags,
      start,
      citations,
      t0: start.start,
      t1: (end ?? start).end,
    };
    return end ? { ...base, end } : base;
  });
  return { sources, events: sortForDataset(events) };
}
