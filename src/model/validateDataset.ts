import * as v from 'valibot';
import { type DateSpan, formatDateSpan, parseDateSpan, parsePartialDate, sameSpan, spanBounds } from './partialDate';
import { type EventDates, checkBoundsFromEvents, readEventDates } from './readDates';
import { describeMismatch, pathOf } from './problemWords';
import { resolveRelativeDate } from './relativeDate';
import { EventSchema, type RawCitation, SourceSchema } from './schema';
import type { Citation, DataProblem, Dataset, Source, TimelineEvent } from './types';

export interface DatasetInput {
  readonly sources: unknown;
  readonly events: unknown;
  /** The links between events (links.json), checked by validateLinks; none when absent. */
  readonly links?: unknown;
  /** Article texts by file name. */
  readonly texts: Readonly<Record<string, string>>;
}

export interface ValidationResult {
  /** Everything that passed: an event with a problem is left out, the rest stands. */
  readonly dataset: Dataset;
  readonly problems: readonly DataProblem[];
  /** The ids of the events left out for a problem: links to them go with them (validateLinks). */
  readonly rejected: ReadonlySet<string>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks a dataset against the data rules and builds the typed dataset from what passes.
 * Every problem names the event (or source) and the field.
 */
export function validateDataset(input: DatasetInput): ValidationResult {
  const problems: DataProblem[] = [];
  const sources = readSources(input, problems);
  const byId = new Map(sources.map((s) => [s.id, s]));

  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  /** Events left out for a problem of their own: what points at them is not reported again. */
  const rejected = new Set<string>();
  const rawEvents = Array.isArray(input.events) ? input.events : [];
  if (!Array.isArray(input.events)) problems.push({ where: 'events', message: 'must be a list of events' });

  rawEvents.forEach((raw, index) => {
    const eventProblems: DataProblem[] = [];
    const event = readEvent(raw, index, byId, eventProblems);
    if (event && seen.has(event.id)) {
      eventProblems.push({ where: `event "${event.id}", id`, message: `duplicate id (events[${index}])` });
    }
    if (event) seen.add(event.id);
    problems.push(...eventProblems);
    if (event && eventProblems.length === 0) events.push(event);
    else rejected.add(describeRecord('event', raw, index).replace(/^event "(.*)"$/, '$1'));
  });

  const boundProblems = checkBoundsFromEvents(events, rejected);
  problems.push(...boundProblems);
  const dropped = new Set(boundProblems.map((p) => /^event "([^"]*)"/.exec(p.where)?.[1]));
  const kept = events.filter((e) => !dropped.has(e.id));
  for (const id of dropped) if (id !== undefined) rejected.add(id);

  const cited = new Set(kept.flatMap((e) => e.citations.map((c) => c.sourceId)));
  for (const source of sources) {
    if (!cited.has(source.id)) problems.push({ where: `source "${source.id}"`, message: 'is cited by no event' });
  }

  kept.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : 1));
  return { dataset: { sources, events: kept }, problems, rejected };
}

function readSources(input: DatasetInput, problems: DataProblem[]): Source[] {
  if (!Array.isArray(input.sources)) {
    problems.push({ where: 'sources', message: 'must be a list of sources' });
    return [];
  }
  const sources: Source[] = [];
  // A set, not a scan of the list: an archive can hold thousands of articles.
  const accepted = new Set<string>();
  input.sources.forEach((raw, index) => {
    const parsed = v.safeParse(SourceSchema, raw);
    const name = describeRecord('source', raw, index);
    if (!parsed.success) {
      problems.push(...parsed.issues.map((issue) => ({ where: `${name}, ${pathOf(issue)}`, message: issue.message })));
      return;
    }
    const { id, file, published } = parsed.output;
    const day = parsePartialDate(published);
    const text = input.texts[file];
    if (!SLUG.test(id)) problems.push({ where: `${name}, id`, message: `"${id}" is not a readable slug (a-z, 0-9, -)` });
    else if (accepted.has(id)) problems.push({ where: `${name}, id`, message: 'duplicate source id' });
    else if (!day || day.precision !== 'day') {
      problems.push({ where: `${name}, published`, message: `"${published}" is not a real day (YYYY-MM-DD)` });
    } else if (text === undefined) problems.push({ where: `${name}, file`, message: `no article text "${file}"` });
    else {
      sources.push({ ...parsed.output, published: day, text });
      accepted.add(id);
    }
  });
  return sources;
}

function readEvent(raw: unknown, index: number, sources: ReadonlyMap<string, Source>, problems: DataProblem[]): TimelineEvent | undefined {
  const name = describeRecord('event', raw, index);
  const parsed = v.safeParse(EventSchema, raw);
  if (!parsed.success) {
    problems.push(...parsed.issues.map((issue) => ({ where: `${name}, ${pathOf(issue)}`, message: issue.message })));
    return undefined;
  }
  const e = parsed.output;
  const at = (field: string, message: string) => problems.push({ where: `${name}, ${field}`, message });

  if (!SLUG.test(e.id)) at('id', `"${e.id}" is not a readable slug (a-z, 0-9, -)`);
  const dates = readEventDates(e, sources, at);

  const citations = e.citations.map((c, i) => readCitation(c, `citations[${i}]`, sources, dates?.range, at));
  // Only when every citation stands: a broken citation is reported once, not again as a missing date.
  const allCited = citations.every((c) => c !== undefined);
  const exact = dates?.exact;
  if (exact && allCited && !citations.some((c) => c?.dating && sameSpan(c.dating.resolved, exact))) {
    at(
      'start',
      `${formatDateSpan(exact)} is not what any citation's date words resolve to: ` + 'a date may be only as precise as the text says',
    );
  }
  if (!dates || problems.length > 0) return undefined;
  const { start, end, earliest, latest, ongoing, t0, t1 } = dates;
  return {
    id: e.id,
    title: e.title,
    label: e.label,
    status: e.status,
    tags: e.tags,
    ...(e.note !== undefined && { note: e.note }),
    start,
    ...(end && { end }),
    ...(earliest && { earliest }),
    ...(latest && { latest }),
    ...(ongoing && { ongoing }),
    citations: citations.filter((c): c is Citation => c !== undefined),
    t0,
    t1,
  };
}

function readCitation(
  c: RawCitation,
  field: string,
  sources: ReadonlyMap<string, Source>,
  eventRange: EventDates['range'] | undefined,
  at: (field: string, message: string) => void,
): Citation | undefined {
  const source = sources.get(c.source);
  if (!source) {
    at(`${field}.source`, `names no known source "${c.source}"`);
    return undefined;
  }
  if (!source.text.includes(c.quote)) {
    at(`${field}.quote`, `not found verbatim in source "${source.id}": ${describeMismatch(c.quote, source.text)}`);
    return undefined;
  }
  if (!c.dating) return { sourceId: source.id, quote: c.quote };

  const { words, reference, resolved } = c.dating;
  const where = `${field}.dating`;
  if (!c.quote.includes(words)) at(`${where}.words`, `"${words}" does not occur in the quote`);
  const ref = parsePartialDate(reference);
  if (!ref || reference !== source.published.iso) {
    at(`${where}.reference`, `"${reference}" is not the article's publication date ${source.published.iso}`);
    return undefined;
  }
  const recorded = parseDateSpan(resolved);
  const computed = resolveRelativeDate(words, reference);
  if (!computed) at(`${where}.words`, `"${words}" cannot be resolved to a date`);
  else if (!recorded || !sameSpan(recorded, computed)) {
    at(`${where}.resolved`, `"${resolved}" disagrees with "${words}" from ${reference}, which gives ${formatDateSpan(computed)}`);
  } else if (eventRange && !holds(computed, eventRange)) {
    at(`${where}.resolved`, `${resolved} does not hold the event's date ${eventRange.text}`);
  } else return { sourceId: source.id, quote: c.quote, dating: { words, reference: ref, resolved: computed } };
  return undefined;
}

const holds = (span: DateSpan, range: EventDates['range']): boolean => {
  const [from, to] = spanBounds(span);
  return from <= range.from && range.to <= to;
};

function describeRecord(kind: 'event' | 'source', raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${kind}s[${index}]`;
}
