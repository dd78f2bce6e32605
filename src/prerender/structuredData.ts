import { sourcesOf } from '../exports/citation';
import type { FullI18n } from '../i18n/i18n';
import type { PartialDate } from '../model/partialDate';
import { type Dataset, type Source, TAGS, type TimelineEvent } from '../model/types';

/**
 * What each page says about itself to search engines, as JSON-LD in schema.org's words: an event's page is a
 * `WebPage` about an `Event`, citing the `NewsArticle`s it quotes (each quote a `Quotation` in its
 * article); the timeline's page describes the `WebSite` and the events as a `Dataset`. Dates claim no more
 * than the sources: a date known only by bounds gets no startDate, only the bounds in words. Each page speaks its
 * own language (`inLanguage`, the words from its catalogue); the articles and the passages quoted from them are
 * English as printed, and say so (`inLanguage` "en"), whatever the page's language.
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonLd = { readonly [key: string]: JsonValue };

/** What the page's head already says of it. */
export interface PageFacts {
  readonly title: string;
  readonly description: string;
  /** The page's public address, when the build knows the site's. */
  readonly url?: string;
  /** The site's public address (ending in `/`). */
  readonly siteUrl?: string;
  /** The preview image's absolute address. */
  readonly imageUrl?: string;
  readonly imageSize?: { readonly width: number; readonly height: number };
}

const CONTEXT = 'https://schema.org';
/** The language the articles were printed in: their headlines and quotes are never translated. */
const SOURCES_LANGUAGE = 'en';

/** A date at its precision, in ISO 8601: `1965`, `2018-10`, `2019-W49` (a week), `2019-11-22`. No day is made up. */
const isoDate = (date: PartialDate): string => date.iso;

const website = (siteUrl: string | undefined, words: FullI18n): JsonLd => ({
  '@type': 'WebSite',
  ...(siteUrl !== undefined && { '@id': `${siteUrl}#website`, url: siteUrl }),
  name: words.timeline.pageTitle,
});

/** The event, dated as its sources date it: start and end where known, else the bounds in the description. */
function eventThing(event: TimelineEvent, words: FullI18n): JsonLd {
  const bounded = event.earliest !== undefined || event.latest !== undefined;
  const status = words.data.statuses[event.status];
  return {
    '@type': 'Event',
    name: event.title,
    description: words.t('ld.eventDescription', {
      date: words.dates.eventDate(event),
      precision: words.dates.eventPrecision(event),
      status: status.label,
      meaning: status.meaning,
    }),
    ...(!bounded && { startDate: isoDate(event.start) }),
    ...(!bounded && event.end && { endDate: isoDate(event.end) }),
  };
}

/** A source as a news article: its headline, publisher and day of publication, and the passages quoted from it. */
function newsArticle(source: Source, quotes: readonly string[]): JsonLd {
  return {
    '@type': 'NewsArticle',
    inLanguage: SOURCES_LANGUAGE,
    headline: source.headline,
    publisher: { '@type': 'Organization', name: source.publisher },
    datePublished: isoDate(source.published),
    creditText: source.byline,
    ...(quotes.length > 0 && { hasPart: quotes.map((text) => ({ '@type': 'Quotation', inLanguage: SOURCES_LANGUAGE, text })) }),
  };
}

const image = (facts: PageFacts): JsonLd =>
  facts.imageUrl === undefined
    ? {}
    : { primaryImageOfPage: { '@type': 'ImageObject', url: facts.imageUrl, ...(facts.imageSize && { ...facts.imageSize }) } };

export function eventStructuredData(event: TimelineEvent, sources: readonly Source[], facts: PageFacts, words: FullI18n): JsonLd {
  const cited = sourcesOf(event, sources);
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    ...(facts.url !== undefined && { '@id': facts.url, url: facts.url }),
    name: facts.title,
    description: facts.description,
    inLanguage: words.language,
    isPartOf: website(facts.siteUrl, words),
    ...image(facts),
    about: eventThing(event, words),
    citation: cited.map((source) =>
      newsArticle(
        source,
        event.citations.filter((c) => c.sourceId === source.id).map((c) => c.quote),
      ),
    ),
  };
}

/** The years the events cover, as an ISO 8601 interval (`1910/2023`). */
function coveredYears(events: readonly TimelineEvent[]): string | undefined {
  const dates = events.flatMap((e) =>
    [e.start, e.end, e.earliest?.date, e.latest?.date, e.ongoing?.reported].filter((d) => d !== undefined),
  );
  if (dates.length === 0) return undefined;
  const first = Math.min(...dates.map((d) => new Date(d.start).getUTCFullYear()));
  const last = Math.max(...dates.map((d) => new Date(d.end - 1).getUTCFullYear()));
  return `${first}/${last}`;
}

/** The timeline's own page: the site, and its events as a dataset drawn from the news articles it cites. */
export function siteStructuredData(dataset: Dataset, facts: PageFacts, words: FullI18n): JsonLd {
  const years = coveredYears(dataset.events);
  return {
    '@context': CONTEXT,
    '@graph': [
      { ...website(facts.siteUrl, words), description: facts.description, inLanguage: words.language, ...image(facts) },
      {
        '@type': 'Dataset',
        name: words.timeline.title,
        description: words.t('ld.datasetDescription', { description: words.timeline.description, count: dataset.events.length }),
        inLanguage: words.language,
        keywords: TAGS.map((tag) => words.data.tags[tag] ?? tag),
        ...(years !== undefined && { temporalCoverage: years }),
        isPartOf: website(facts.siteUrl, words),
        citation: dataset.sources.map((source) => newsArticle(source, [])),
      },
    ],
  };
}

/** Characters that could end the element or a line of script, written as JSON escapes: the data stays data. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** The data as a `<script type="application/ld+json">` element: data for crawlers, which the browser never runs. */
export const jsonLdScript = (data: JsonLd): string =>
  `<script type="application/ld+json">${JSON.stringify(data).replace(
    UNSAFE_IN_SCRIPT,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}</script>`;
