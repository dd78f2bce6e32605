import * as v from 'valibot';
import { type DateSpan, formatDateSpan, parseDateSpan, parsePartialDate, sameSpan, spanBounds } from './partialDate';
import { type EventDates, checkBoundsFromEvents, readEventDates } from './readDates';
import { describeMismatch } from './problemWords';
import { type ReportProblem, type RecordName, idOf, recordProblems, schemaProblems } from './recordProblems';
import { resolveRelativeDate } from './relativeDate';
import { EventSchema, type RawCitation } from './schema';
import type { Citation, DataProblem, Source, TimelineEvent } from './types';

/** What one event record is checked against. */
export interface EventContext {
  /** The sources by id: each citation must name one and quote it word for word. */
  readonly sources: ReadonlyMap<string, Source>;
  /**
   * The other events that stand, by id. Given, the event may not take an id one of them holds, and a bound it
   * takes from one must be that event's date; absent, neither is checked.
   */
  readonly events?: ReadonlyMap<string, TimelineEvent>;
  /** The ids of events left out for a problem of their own: a bound taken from one is not checked again. */
  readonly rejected?: ReadonlySet<string>;
  /** Where the record sits in events.json: it names an event without a usable id. */
  readonly index?: number;
}

export interface EventCheck {
  /** The event as the timeline draws it; only when the record has no problem. */
  readonly event?: TimelineEvent;
  readonly problems: readonly DataProblem[];
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks one event record: its shape, id, dates and citations against the sources and, when the other
 * events are given, its id and the bounds it takes from them. The dataset validator reports exactly these
 * problems for the record (it reads every record first, then checks each against the others).
 */
export function validateEvent(raw: unknown, context: EventContext): EventCheck {
  const read = readEvent(raw, context.sources, context.index);
  if (!read.event || !context.events) return read;
  const problems = checkAgainstEvents(read.event, context.events, context.rejected ?? new Set(), context.index);
  return problems.length > 0 ? { problems } : read;
}

/**
 * Checks an event already read against the others that stand: an id another event holds is a duplicate
 * (the event itself may be among `others`), and each bound taken from another event must be its date.
 */
export function checkAgainstEvents(
  event: TimelineEvent,
  others: ReadonlyMap<string, TimelineEvent>,
  rejected: ReadonlySet<string>,
  index?: number,
): DataProblem[] {
  const { problems, report } = recordProblems(eventName(event.id, index));
  const holder = others.get(event.id);
  if (holder && holder !== event) report('duplicate-id', ['id'], index === undefined ? 'duplicate id' : `duplicate id (events[${index}])`);
  else checkBoundsFromEvents(event, others, rejected, report);
  return problems;
}

const eventName = (id: string | undefined, index: number | undefined): RecordName => ({
  ...(id !== undefined && { eventId: id }),
  ...(index !== undefined && { eventIndex: index }),
});

/** The record on its own: everything but what needs the other events. */
function readEvent(raw: unknown, sources: ReadonlyMap<string, Source>, index: number | undefined): EventCheck {
  const name = eventName(idOf(raw), index);
  const parsed = v.safeParse(EventSchema, raw);
  if (!parsed.success) return { problems: schemaProblems(parsed.issues, name, index === undefined ? ['events'] : ['events', index]) };
  const e = parsed.output;
  const { problems, report } = recordProblems(name);

  if (!SLUG.test(e.id)) report('not-a-slug', ['id'], `"${e.id}" is not a readable slug (a-z, 0-9, -)`);
  const dates = readEventDates(e, sources, report);

  const citations = e.citations.map((c, i) => readCitation(c, ['citations', i], sources, dates?.range, report));
  // Only when every citation stands: a broken citation is reported once, not again as a missing date.
  const allCited = citations.every((c) => c !== undefined);
  const exact = dates?.exact;
  if (exact && allCited && !citations.some((c) => c?.dating && sameSpan(c.dating.resolved, exact))) {
    const message = `${formatDateSpan(exact)} is not what any citation's date words resolve to: a date may be only as precise as the text says`;
    report('too-precise', ['start'], message);
  }
  if (!dates || problems.length > 0) return { problems };
  const { start, end, earliest, latest, ongoing, t0, t1 } = dates;
  const event: TimelineEvent = {
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
  return { event, problems };
}

function readCitation(
  c: RawCitation,
  field: readonly ['citations', number],
  sources: ReadonlyMap<string, Source>,
  eventRange: EventDates['range'] | undefined,
  report: ReportProblem,
): Citation | undefined {
  const source = sources.get(c.source);
  if (!source) {
    report('unknown-source', [...field, 'source'], `names no known source "${c.source}"`);
    return undefined;
  }
  if (!source.text.includes(c.quote)) {
    report(
      'quote-not-verbatim',
      [...field, 'quote'],
      `not found verbatim in source "${source.id}": ${describeMismatch(c.quote, source.text)}`,
    );
    return undefined;
  }
  if (!c.dating) return { sourceId: source.id, quote: c.quote };

  const { words, reference, resolved } = c.dating;
  const dating = [...field, 'dating'] as const;
  if (!c.quote.includes(words)) report('words-not-in-quote', [...dating, 'words'], `"${words}" does not occur in the quote`);
  const ref = parsePartialDate(reference);
  if (!ref || reference !== source.published.iso) {
    const message = `"${reference}" is not the article's publication date ${source.published.iso}`;
    report('reference-not-published', [...dating, 'reference'], message);
    return undefined;
  }
  const recorded = parseDateSpan(resolved);
  const computed = resolveRelativeDate(words, reference);
  if (!computed) report('words-unresolved', [...dating, 'words'], `"${words}" cannot be resolved to a date`);
  else if (!recorded || !sameSpan(recorded, computed)) {
    const message = `"${resolved}" disagrees with "${words}" from ${reference}, which gives ${formatDateSpan(computed)}`;
    report('dating-mismatch', [...dating, 'resolved'], message);
  } else if (eventRange && !holds(computed, eventRange)) {
    report('dating-outside-event', [...dating, 'resolved'], `${resolved} does not hold the event's date ${eventRange.text}`);
  } else return { sourceId: source.id, quote: c.quote, dating: { words, reference: ref, resolved: computed } };
  return undefined;
}

const holds = (span: DateSpan, range: EventDates['range']): boolean => {
  const [from, to] = spanBounds(span);
  return from <= range.from && range.to <= to;
};
