/**
 * What each measured interaction must have done, worked out from the generated data on its own (not by asking the
 * app), and the check that turns an action that did not take place into a failure. A search's expected matches
 * come from the synthetic events' own words (title, label, quote) cut at anything but letters and digits: an
 * event matches a one-word query when one of its words starts with it, as the app's search promises.
 */
import { en } from '../../src/i18n/catalogues/en';
import { createTranslator } from '../../src/i18n/translator';
import { DAY } from '../../src/model/duration';
import type { Expectation, Snapshot, TimingEntry } from './interactionProbe';

/** An event as the check needs it: its id, date (for the order) and the words it is found by. */
export interface CheckedEvent {
  readonly id: string;
  readonly title: string;
  /** Index of its tag among the timeline's tags. */
  readonly tag: number;
  /** Start and end in epoch ms (the end exclusive), to put the events in date order. */
  readonly t0: number;
  readonly t1: number;
  /** Every word of its title, label and quotes, lower-cased. */
  readonly words: readonly string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower-cased: runs of letters and digits. */
export const wordsIn = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []).map(String);

/** The ids of the events holding, for every word of the query, a word that starts with it (none for an empty query). */
export function expectedMatches(events: readonly CheckedEvent[], query: string): string[] {
  const terms = wordsIn(query);
  if (terms.length === 0) return [];
  return events.filter((e) => terms.every((term) => e.words.some((word) => word.startsWith(term)))).map((e) => e.id);
}

/** The events' ids in date order: by start, then end, then id, as the app keeps a dataset. */
export function dateOrder(events: readonly CheckedEvent[]): string[] {
  return [...events].sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => e.id);
}

/** Start and end (exclusive) of an ISO day or a year span as the synthetic data writes them. */
export function spanOf(start: string, end: string | undefined): { t0: number; t1: number } {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  if (end === undefined) return { t0, t1: t0 + DAY };
  return { t0, t1: Date.parse(`${end}T00:00:00Z`) + DAY };
}

/** Each prefix of a word as it is typed: "sum" gives "s", "su", "sum". */
export const typedPrefixes = (word: string): string[] => Array.from(word, (_, i) => word.slice(0, i + 1));

const t = createTranslator('en', en);

/** The list's count line as the app writes it in English. */
export const countLine = (listed: number, total: number): string =>
  listed === total ? t('list.count', { count: total }) : t('list.countOf', { count: total, shown: listed });

/** What the page must show once the search field holds `query` and the search has answered it. */
export function searchExpectation(query: string, matches: number, total: number): Expectation {
  if (query === '') return { field: '', q: '', listed: total, count: countLine(total, total), status: '' };
  return {
    field: query,
    q: query,
    listed: matches,
    count: countLine(matches, total),
    outside: 0,
    status: matches === 0 ? t('search.none', { query }) : t('search.count', { count: matches, query }),
  };
}

/** What the page must show once the tag boxes `ticked` are ticked (no search): the events holding one of the tags. */
export function tagExpectation(ticked: readonly number[], listed: number, total: number): Expectation {
  return { tags: ticked.join(','), listed, count: countLine(listed, total) };
}

/** What the page must show once `event` is selected. */
export const selectionExpectation = (event: Pick<CheckedEvent, 'id' | 'title'>): Expectation => ({
  event: event.id,
  heading: event.title,
});

const SAID: Readonly<Record<keyof Snapshot, string>> = {
  field: 'the search field holds',
  q: "the URL's q= is",
  event: "the URL's event= is",
  listed: 'the list holds',
  count: 'the count says',
  outside: 'entries that should not be listed:',
  status: 'the search status says',
  heading: "the source panel's heading is",
  tags: 'the ticked tags are',
};

const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/** What the page shows that it should not, in words; empty when every expected part is there. */
export function unmet(snapshot: Snapshot, expect: Expectation): string[] {
  return (Object.keys(expect) as (keyof Snapshot)[])
    .filter((key) => snapshot[key] !== expect[key])
    .map((key) => `${SAID[key]} ${show(snapshot[key])}, not ${show(expect[key])}`);
}

/**
 * An action that leaves the page as it was measures nothing: the state expected after it must differ from the
 * state before it in some part. Returns the problem in words, or null.
 */
export function wouldNotChange(before: Snapshot, expect: Expectation): string | null {
  return unmet(before, expect).length > 0 ? null : 'the expected state is the state before the action: nothing to measure';
}

/**
 * The interaction's latency by Event Timing: the longest entry of the interaction's events (keydown and keyup,
 * or pointerdown, pointerup and click), each from its event's timestamp to the next paint after its handlers;
 * null when no event took 16 ms or more (the observer's threshold).
 */
export function interactionMs(entries: readonly TimingEntry[]): number | null {
  const own = entries.filter((e) => e.interactionId > 0);
  const counted = own.length > 0 ? own : entries;
  return counted.length > 0 ? Math.max(...counted.map((e) => e.duration)) : null;
}
