import * as v from 'valibot';
import { parsePartialDate } from './partialDate';
import { idOf, recordProblems, schemaProblems } from './recordProblems';
import { SourceSchema } from './schema';
import type { DataProblem, Dataset, Source, TimelineEvent } from './types';
import { SLUG, checkAgainstEvents, validateEvent } from './validateEvent';

export interface DatasetInput {
  readonly sources: unknown;
  readonly events: unknown;
  /** The relations between events (relations.json), checked by validateRelations; none when absent. */
  readonly relations?: unknown;
  /** Article texts by file name. */
  readonly texts: Readonly<Record<string, string>>;
  /** The timeline's description (timeline.json): its languages, tags and About text, which the translations follow. */
  readonly timeline?: unknown;
  /** The translation files (translations/<language>.json) by language. */
  readonly translations?: Readonly<Record<string, unknown>>;
}

export interface ValidationResult {
  /** Everything that passed: an event with a problem is left out, the rest stands. */
  readonly dataset: Dataset;
  readonly problems: readonly DataProblem[];
  /** The ids of the events left out for a problem: relations to them go with them (validateRelations). */
  readonly rejected: ReadonlySet<string>;
}

/**
 * Checks a dataset against the data rules and builds the typed dataset from what passes. Every problem
 * names its record (event, source) and the field. Each event is checked by validateEvent: first on its own,
 * then against the others that stood (for duplicate ids, and bounds taken from another event).
 */
export function validateDataset(input: DatasetInput): ValidationResult {
  const problems: DataProblem[] = [];
  const read = readSources(input, problems);
  const sources = read.map((r) => r.source);
  const byId = new Map(sources.map((s) => [s.id, s]));

  /** Events left out for a problem of their own: what points at them is not reported again. */
  const rejected = new Set<string>();
  const rawEvents = Array.isArray(input.events) ? input.events : [];
  if (!Array.isArray(input.events)) problems.push({ kind: 'not-a-list', path: ['events'], message: 'must be a list of events' });

  const events: { event: TimelineEvent; index: number }[] = [];
  rawEvents.forEach((raw, index) => {
    const { event, problems: found } = validateEvent(raw, { sources: byId, index });
    problems.push(...found);
    if (event) events.push({ event, index });
    else {
      const id = idOf(raw);
      if (id !== undefined) rejected.add(id);
    }
  });

  // The first record with an id holds it; a later one is a duplicate, and a bound taken from that id is not
  // checked, since it is not clear which of the two it means (the duplicate is reported).
  const standing = new Map<string, TimelineEvent>();
  for (const { event } of events) {
    if (standing.has(event.id)) rejected.add(event.id);
    else standing.set(event.id, event);
  }
  const leftOutSoFar = new Set(rejected);
  const kept: TimelineEvent[] = [];
  for (const { event, index } of events) {
    const found = checkAgainstEvents(event, standing, leftOutSoFar, index);
    problems.push(...found);
    if (found.length === 0) kept.push(event);
    else rejected.add(event.id);
  }

  const cited = new Set(kept.flatMap((e) => e.citations.map((c) => c.sourceId)));
  for (const { source, index } of read) {
    if (!cited.has(source.id)) {
      problems.push({ kind: 'uncited-source', path: ['id'], message: 'is cited by no event', sourceId: source.id, sourceIndex: index });
    }
  }

  kept.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : 1));
  return { dataset: { sources, events: kept }, problems, rejected };
}

function readSources(input: DatasetInput, problems: DataProblem[]): { source: Source; index: number }[] {
  if (!Array.isArray(input.sources)) {
    problems.push({ kind: 'not-a-list', path: ['sources'], message: 'must be a list of sources' });
    return [];
  }
  const read: { source: Source; index: number }[] = [];
  // A set, not a scan of the list: an archive can hold thousands of articles.
  const accepted = new Set<string>();
  input.sources.forEach((raw, index) => {
    const rawId = idOf(raw);
    const name = { ...(rawId !== undefined && { sourceId: rawId }), sourceIndex: index };
    const parsed = v.safeParse(SourceSchema, raw);
    if (!parsed.success) {
      problems.push(...schemaProblems(parsed.issues, name, ['sources', index]));
      return;
    }
    const { id, file, published } = parsed.output;
    const { problems: found, report } = recordProblems(name);
    const day = parsePartialDate(published);
    const text = input.texts[file];
    if (!SLUG.test(id)) report('not-a-slug', ['id'], `"${id}" is not a readable slug (a-z, 0-9, -)`);
    else if (accepted.has(id)) report('duplicate-id', ['id'], 'duplicate source id');
    else if (!day || day.precision !== 'day') report('not-a-date', ['published'], `"${published}" is not a real day (YYYY-MM-DD)`);
    else if (text === undefined) report('missing-text', ['file'], `no article text "${file}"`);
    else {
      read.push({ source: { ...parsed.output, published: day, text }, index });
      accepted.add(id);
    }
    problems.push(...found);
  });
  return read;
}
