/**
 * The benchmark's events as the app's own dataset files: sources, events with citations, and the articles
 * those citations quote, so the app's validator (`validateDataset`, the boundary the real data crosses)
 * can check them like the real ones. Each quote occurs verbatim in its article, and each event's date is
 * exactly what its citation's date words resolve to.
 *
 * - A single day is cited from a weekly digest published on the Sunday that ends the day's week, by its
 *   weekday ("on Tuesday"): the words resolve to the latest such day on or before publication.
 * - A period is cited by its years ("1950-1962"), from the digest of the week it starts in; a period that
 *   begins and ends in the same year (from another harness's data file) is dated to its year ("1950").
 */
import type { DatasetInput } from '../../src/model/validateDataset';
import { TAGS } from '../../src/model/types';
import type { BenchEvent } from './synthetic';
import { DAY } from '../../src/model/duration';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** The validator's limit on a label's length. */
const LABEL_MAX = 30;

const utcDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** 1970-01-01 was a Thursday. */
const weekdayOfDay = (day: number) => (((day + 4) % 7) + 7) % 7;

interface Digest {
  readonly id: string;
  readonly file: string;
  readonly published: string;
  readonly lines: string[];
}

/** The day number (since 1970-01-01) of the Sunday that ends the (Monday-first) week holding `day`. */
const sundayAfter = (day: number) => day + ((7 - weekdayOfDay(day)) % 7);

/** The benchmark's events (dates as ISO days) as the dataset files the app's loader reads. */
export function syntheticDatasetInput(events: readonly BenchEvent[]): DatasetInput {
  const digests = new Map<number, Digest>();
  const digestFor = (day: number): Digest => {
    const sunday = sundayAfter(day);
    let digest = digests.get(sunday);
    if (!digest) {
      const published = iso(sunday * DAY);
      digest = { id: `digest-${published}`, file: `digest-${published}.txt`, published, lines: [`Weekly digest, published ${published}.`] };
      digests.set(sunday, digest);
    }
    return digest;
  };

  const raw = events.map((e, i) => {
    const day = Math.floor(utcDay(e.start) / DAY);
    const digest = digestFor(day);
    const base = {
      id: e.id,
      title: e.title,
      label: e.title.slice(0, LABEL_MAX),
      status: 'happened',
      tags: [TAGS[i % TAGS.length] ?? 'history'],
    };
    let dates: { start: string; end?: string };
    let words: string;
    if (e.type === 'range' && e.end !== undefined) {
      const [from, to] = [e.start.slice(0, 4), e.end.slice(0, 4)];
      dates = from === to ? { start: from } : { start: from, end: to };
      words = from === to ? from : `${from}-${to}`;
    } else {
      words = WEEKDAYS[weekdayOfDay(day)] ?? 'Sunday';
      dates = { start: e.start };
    }
    const quote = `The ${e.title} was reported for ${words}.`;
    digest.lines.push(quote);
    const dating = { words, reference: digest.published, resolved: dates.end === undefined ? dates.start : `${dates.start}/${dates.end}` };
    return { ...base, ...dates, citations: [{ source: digest.id, quote, dating }] };
  });

  const sources = [...digests.values()].map((d) => ({
    id: d.id,
    file: d.file,
    publisher: 'Synthetic Wire',
    headline: `Weekly digest to ${d.published}`,
    byline: 'Synthetic Wire staff',
    publishedAsPrinted: d.published,
    published: d.published,
  }));
  const texts = Object.fromEntries([...digests.values()].map((d) => [d.file, d.lines.join('\n')]));
  return { sources, events: raw, texts };
}
