import type { I18n } from '../i18n/i18n';
import type { DateSpan } from '../model/partialDate';
import type { Citation, Dating, Source, TimelineEvent } from '../model/types';

/** "1 source" or "2 sources", adding the passages when a source is quoted more than once. */
export function describeSourceCount({ t }: Pick<I18n, 't'>, citations: readonly Citation[]): string {
  const count = new Set(citations.map((c) => c.sourceId)).size;
  return citations.length > count ? t('panel.sourcesAndPassages', { count, passages: citations.length }) : t('panel.sources', { count });
}

/** A date read from words that were a date already ("1965", "1910-45") needs no explaining. */
const ABSOLUTE = /^[\d\s–-]+$/;

const IN_FULL: Readonly<Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions>> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/**
 * A single date as the articles, which are English, print one in full ("November 2016"): words that say just
 * that were a date already, whatever language the page is read in.
 */
function printedInFull(span: DateSpan): string | undefined {
  const { precision, start } = span.start;
  if (span.end || precision === 'week') return undefined;
  return new Intl.DateTimeFormat('en-GB', { ...IN_FULL[precision], timeZone: 'UTC', calendar: 'gregory' }).format(start);
}

/**
 * The readings of the event's date that were worked out from relative words ("October last year", counted from
 * the article of 29 November 2019, is October 2018), once each: the lines that say how its date was read.
 */
export function datingsToExplain(event: TimelineEvent): Dating[] {
  const seen = new Set<string>();
  return event.citations
    .map((c) => c.dating)
    .filter((d): d is Dating => d !== undefined)
    .filter((d) => !ABSOLUTE.test(d.words) && d.words.toLowerCase() !== printedInFull(d.resolved)?.toLowerCase())
    .filter((d) => {
      const key = `${d.words}\n${d.reference.iso}\n${d.resolved.start.iso}\n${d.resolved.end?.iso ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * Publisher, byline and date as printed, naming the publisher once: a byline such as "Source: Xinhua"
 * already says who published it. The source's own words, in the source's language.
 */
export function describePrinted(source: Source): string {
  const byline = source.byline.toLowerCase().includes(source.publisher.toLowerCase()) ? [] : [source.publisher];
  return [...byline, source.byline, source.publishedAsPrinted].filter((part) => part !== '').join(' · ');
}
