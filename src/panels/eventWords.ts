import { describeDate, describeSpan } from '../model/describeDate';
import type { Citation, Dating, Source, TimelineEvent } from '../model/types';

/** "1 source" or "2 sources", adding the passages when a source is quoted more than once. */
export function describeSourceCount(citations: readonly Citation[]): string {
  const sources = new Set(citations.map((c) => c.sourceId)).size;
  const text = `${sources} ${sources === 1 ? 'source' : 'sources'}`;
  return citations.length > sources ? `${text}, ${citations.length} passages` : text;
}

/** A date read from words that were a date already ("1965", "November 2016") needs no explaining. */
const ABSOLUTE = /^[\d\s–-]+$/;

/**
 * How the event's date was read from the articles' words, one line per distinct reading, for the
 * readings that were worked out from relative words ("October last year" → October 2018).
 */
export function describeDatings(event: TimelineEvent): string[] {
  const lines = event.citations
    .map((c) => c.dating)
    .filter((d): d is Dating => d !== undefined)
    .filter((d) => !ABSOLUTE.test(d.words) && d.words.toLowerCase() !== describeSpan(d.resolved).toLowerCase())
    .map((d) => `“${d.words}” in the article of ${describeDate(d.reference)}: ${describeSpan(d.resolved)}`);
  return [...new Set(lines)];
}

/**
 * Publisher, byline and date as printed, naming the publisher once: a byline such as "Source: Xinhua"
 * already says who published it.
 */
export function describePrinted(source: Source): string {
  const byline = source.byline.toLowerCase().includes(source.publisher.toLowerCase()) ? [] : [source.publisher];
  return [...byline, source.byline, source.publishedAsPrinted].filter((part) => part !== '').join(' · ');
}
