import * as v from 'valibot';
import { describeMismatch } from './problemWords';
import { recordProblems, schemaProblems } from './recordProblems';
import { LinkSchema } from './schema';
import type { DataProblem, EventLink, Source } from './types';

/** What one link is checked against. */
export interface LinkContext {
  /** The ids of the events that stand: both ends must be among them. */
  readonly events: ReadonlySet<string>;
  readonly sources: ReadonlyMap<string, Source>;
  /** The ids of events left out for a problem of their own: a link to one goes with it, unreported. */
  readonly rejected?: ReadonlySet<string>;
  /** The links that stand before it, as linkKey gives them: a link is given once. */
  readonly earlier?: ReadonlySet<string>;
  /** Where the record sits in links.json. */
  readonly index?: number;
}

/** What makes two links the same: the same kind between the same events, in the same source. */
export const linkKey = (link: Pick<EventLink, 'from' | 'kind' | 'to' | 'sourceId'>): string =>
  `${link.from} ${link.kind} ${link.to} ${link.sourceId}`;

/**
 * Checks one link: the shape, both ends among the events that stand, a known source, a quote found
 * verbatim in it, and not given before. A link to an event left out for its own problem is neither kept
 * nor reported (that problem is reported already).
 */
export function validateLink(raw: unknown, context: LinkContext): { readonly link?: EventLink; readonly problems: readonly DataProblem[] } {
  const { index } = context;
  const parsed = v.safeParse(LinkSchema, raw);
  const place = index === undefined ? {} : { linkIndex: index };
  if (!parsed.success) return { problems: schemaProblems(parsed.issues, place, index === undefined ? ['links'] : ['links', index]) };
  const { kind, from, to, source: sourceId, quote, note } = parsed.output;
  if (context.rejected?.has(from) || context.rejected?.has(to)) return { problems: [] };
  const { problems, at } = recordProblems({ ...place, link: { from, kind, to } });
  if (!context.events.has(from)) at('unknown-event', ['from'], `names no known event "${from}"`);
  if (!context.events.has(to)) at('unknown-event', ['to'], `names no known event "${to}"`);
  if (from === to) at('self-link', ['to'], 'links the event to itself');
  const source = context.sources.get(sourceId);
  if (!source) at('unknown-source', ['source'], `names no known source "${sourceId}"`);
  else if (!source.text.includes(quote))
    at('quote-not-verbatim', ['quote'], `not found verbatim in source "${sourceId}": ${describeMismatch(quote, source.text)}`);
  const link: EventLink = { kind, from, to, sourceId, quote, ...(note !== undefined && { note }) };
  if (context.earlier?.has(linkKey(link)))
    at('duplicate-link', ['kind'], `duplicates an earlier link: ${from} ${kind} ${to} in "${sourceId}"`);
  return problems.length > 0 ? { problems } : { link, problems };
}

/** Checks every link of links.json (see validateLink); a broken link is left out and reported. */
export function readLinks(
  raw: unknown,
  events: ReadonlySet<string>,
  sources: ReadonlyMap<string, Source>,
  rejected: ReadonlySet<string> = new Set(),
): { readonly links: EventLink[]; readonly problems: DataProblem[] } {
  if (raw === undefined) return { links: [], problems: [] };
  if (!Array.isArray(raw)) return { links: [], problems: [{ kind: 'not-a-list', path: ['links'], message: 'must be a list of links' }] };
  const links: EventLink[] = [];
  const problems: DataProblem[] = [];
  const earlier = new Set<string>();
  raw.forEach((item, index) => {
    const { link, problems: found } = validateLink(item, { events, sources, rejected, earlier, index });
    problems.push(...found);
    if (link) {
      links.push(link);
      earlier.add(linkKey(link));
    }
  });
  return { links, problems };
}
