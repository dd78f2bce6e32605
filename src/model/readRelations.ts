import * as v from 'valibot';
import { describeMismatch } from './problemWords';
import { recordProblems, schemaProblems } from './recordProblems';
import { RelationSchema } from './schema';
import type { DataProblem, Relation, Source } from './types';

/** What one relation is checked against. */
export interface LinkContext {
  /** The ids of the events that stand: both ends must be among them. */
  readonly events: ReadonlySet<string>;
  readonly sources: ReadonlyMap<string, Source>;
  /** The ids of events left out for a problem of their own: a relation to one goes with it, unreported. */
  readonly rejected?: ReadonlySet<string>;
  /** The relations that stand before it, as relationKey gives them: a relation is given once. */
  readonly earlier?: ReadonlySet<string>;
  /** Where the record sits in relations.json. */
  readonly index?: number;
}

/** What makes two relations the same: the same kind between the same events, in the same source. */
export const relationKey = (relation: Pick<Relation, 'from' | 'kind' | 'to' | 'sourceId'>): string =>
  `${relation.from} ${relation.kind} ${relation.to} ${relation.sourceId}`;

/**
 * Checks one relation: the shape, both ends among the events that stand, a known source, a quote found
 * verbatim in it, and not given before. A relation to an event left out for its own problem is neither kept
 * nor reported (that problem is reported already).
 */
export function validateRelation(
  raw: unknown,
  context: LinkContext,
): { readonly relation?: Relation; readonly problems: readonly DataProblem[] } {
  const { index } = context;
  const parsed = v.safeParse(RelationSchema, raw);
  const place = index === undefined ? {} : { relationIndex: index };
  if (!parsed.success)
    return { problems: schemaProblems(parsed.issues, place, index === undefined ? ['relations'] : ['relations', index]) };
  const { kind, from, to, source: sourceId, quote, note } = parsed.output;
  if (context.rejected?.has(from) || context.rejected?.has(to)) return { problems: [] };
  const { problems, report } = recordProblems({ ...place, relation: { from, kind, to } });
  if (!context.events.has(from)) report('unknown-event', ['from'], `names no known event "${from}"`);
  if (!context.events.has(to)) report('unknown-event', ['to'], `names no known event "${to}"`);
  if (from === to) report('self-relation', ['to'], 'relations the event to itself');
  const source = context.sources.get(sourceId);
  if (!source) report('unknown-source', ['source'], `names no known source "${sourceId}"`);
  else if (!source.text.includes(quote))
    report('quote-not-verbatim', ['quote'], `not found verbatim in source "${sourceId}": ${describeMismatch(quote, source.text)}`);
  const relation: Relation = { kind, from, to, sourceId, quote, ...(note !== undefined && { note }) };
  if (context.earlier?.has(relationKey(relation)))
    report('duplicate-relation', ['kind'], `duplicates an earlier relation: ${from} ${kind} ${to} in "${sourceId}"`);
  return problems.length > 0 ? { problems } : { relation, problems };
}

/** Checks every relation of relations.json (see validateRelation); a broken relation is left out and reported. */
export function readRelations(
  raw: unknown,
  events: ReadonlySet<string>,
  sources: ReadonlyMap<string, Source>,
  rejected: ReadonlySet<string> = new Set(),
): { readonly relations: Relation[]; readonly problems: DataProblem[] } {
  if (raw === undefined) return { relations: [], problems: [] };
  if (!Array.isArray(raw))
    return { relations: [], problems: [{ kind: 'not-a-list', path: ['relations'], message: 'must be a list of relations' }] };
  const relations: Relation[] = [];
  const problems: DataProblem[] = [];
  const earlier = new Set<string>();
  raw.forEach((item, index) => {
    const { relation, problems: found } = validateRelation(item, { events, sources, rejected, earlier, index });
    problems.push(...found);
    if (relation) {
      relations.push(relation);
      earlier.add(relationKey(relation));
    }
  });
  return { relations, problems };
}
