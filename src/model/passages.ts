import { type Paragraph, type Segment, type TextRange, findQuote, segmentParagraph } from './article';
import type { Source, TimelineEvent } from './types';

/** A cited passage of an article, and the event that cites it. */
export interface Passage extends TextRange {
  readonly key: string;
  readonly event: TimelineEvent;
  readonly quote: string;
}

/** The passages of one article cited by the given events, and the quotes that could not be found in it. */
export function passagesIn(
  source: Source,
  events: readonly TimelineEvent[],
): { found: Passage[]; missing: { event: TimelineEvent; quote: string }[] } {
  const found: Passage[] = [];
  const missing: { event: TimelineEvent; quote: string }[] = [];
  for (const event of events) {
    event.citations.forEach((citation, i) => {
      if (citation.sourceId !== source.id) return;
      const range = findQuote(source.text, citation.quote);
      if (range) found.push({ ...range, key: `${event.id}#${i}`, event, quote: citation.quote });
      else missing.push({ event, quote: citation.quote });
    });
  }
  return { found, missing };
}

/** Consecutive pieces of a paragraph that lead to the same event (or to none). */
export interface Run {
  readonly event: TimelineEvent | undefined;
  /** Every event whose passage covers some of this run. */
  readonly events: readonly TimelineEvent[];
  readonly segments: readonly Segment[];
}

/**
 * Cuts a paragraph into runs of highlighted and plain text. Where passages overlap, a piece leads to
 * the selected event if its passage is there (so the passage being read is whole), else to the event
 * with the shortest passage over it (the most specific claim); the others are named too.
 */
export function runsOf(paragraph: Paragraph, passages: readonly Passage[], selectedId: string | null = null): Run[] {
  const byKey = new Map(passages.map((p) => [p.key, p]));
  const runs: Run[] = [];
  for (const segment of segmentParagraph(paragraph, passages)) {
    const covering = segment.keys.map((k) => byKey.get(k)).filter((p): p is Passage => p !== undefined);
    const selected = covering.filter((p) => p.event.id === selectedId);
    const lead = (selected.length > 0 ? selected : covering).reduce<Passage | undefined>(
      (best, p) => (!best || p.end - p.start < best.end - best.start ? p : best),
      undefined,
    );
    const last = runs.at(-1);
    // A sliver (a full stop, a space) left over where two passages end apart is no link of its own: it
    // joins the highlight before it.
    const sliver = lead !== undefined && last?.event !== undefined && /^[\s\p{P}]*$/u.test(segment.text);
    if (last && (last.event === lead?.event || sliver)) {
      runs[runs.length - 1] = {
        ...last,
        events: [...new Set([...last.events, ...covering.map((p) => p.event)])],
        segments: [...last.segments, segment],
      };
    } else {
      runs.push({ event: lead?.event, events: [...new Set(covering.map((p) => p.event))], segments: [segment] });
    }
  }
  return runs;
}

/** Events cited in a paragraph that no highlight of it leads to (their passage is shared with another). */
export function alsoCited(runs: readonly Run[]): TimelineEvent[] {
  const leads = new Set(runs.map((r) => r.event));
  return [...new Set(runs.flatMap((r) => r.events))].filter((e) => !leads.has(e));
}
