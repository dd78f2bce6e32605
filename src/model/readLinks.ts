import * as v from 'valibot';
import { describeMismatch, pathOf } from './problemWords';
import { LinkSchema } from './schema';
import type { DataProblem, EventLink, Source, TimelineEvent } from './types';

/**
 * Checks the links between events: the shape, both ends among the events that stand, a known source, and
 * a quote found verbatim in it. A broken link is left out and reported as `links[3] (from kind to), field`.
 */
export function readLinks(
  raw: unknown,
  events: readonly TimelineEvent[],
  sources: ReadonlyMap<string, Source>,
  problems: DataProblem[],
  rejected: ReadonlySet<string> = new Set(),
): EventLink[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ where: 'links', message: 'must be a list of links' });
    return [];
  }
  const ids = new Set(events.map((e) => e.id));
  const links: EventLink[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const parsed = v.safeParse(LinkSchema, item);
    if (!parsed.success) {
      problems.push(...parsed.issues.map((issue) => ({ where: `links[${index}], ${pathOf(issue)}`, message: issue.message })));
      return;
    }
    const { kind, from, to, source: sourceId, quote, note } = parsed.output;
    // A link to an event left out for its own problem goes with it, unreported: that problem is reported already.
    if (rejected.has(from) || rejected.has(to)) return;
    const name = `links[${index}] (${from} ${kind} ${to})`;
    const before = problems.length;
    const at = (field: string, message: string) => problems.push({ where: `${name}, ${field}`, message });
    if (!ids.has(from)) at('from', `names no known event "${from}"`);
    if (!ids.has(to)) at('to', `names no known event "${to}"`);
    if (from === to) at('to', 'links the event to itself');
    const source = sources.get(sourceId);
    if (!source) at('source', `names no known source "${sourceId}"`);
    else if (!source.text.includes(quote))
      at('quote', `not found verbatim in source "${sourceId}": ${describeMismatch(quote, source.text)}`);
    const key = `${from} ${kind} ${to} ${sourceId}`;
    if (seen.has(key)) at('kind', `duplicates an earlier link: ${from} ${kind} ${to} in "${sourceId}"`);
    seen.add(key);
    if (problems.length === before) links.push({ kind, from, to, sourceId, quote, ...(note !== undefined && { note }) });
  });
  return links;
}
