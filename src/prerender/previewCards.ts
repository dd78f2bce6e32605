import { FULL_RANGE } from '../core/viewWindow';
import { sourcesOf } from '../exports/citation';
import type { FullI18n } from '../i18n/i18n';
import { type Language, languageFolder } from '../i18n/languages';
import type { Dataset, Source, TimelineEvent } from '../model/types';
import { readPermalink } from '../url/permalink';
import type { PreviewCard } from './previewImage';

/**
 * What the pages' preview images say, in each page's language, and where they are: `og/<id>.png` for an English
 * event's page, `og/index.png` for the timeline's, and the same under the language's folder for the others
 * (`ko/og/<id>.png`). The words are made here from the page's catalogue and handed to buildPreviewImage. The
 * dataset given is the page's: its titles in the page's language; quotes, headlines and publishers as printed.
 */
export const previewImageFile = (eventId: string | null, language: Language): string =>
  `${languageFolder(language)}og/${eventId === null ? 'index' : encodeURIComponent(eventId)}.png`;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const sourcesSentence = (sources: readonly Source[], { t, dates }: FullI18n): string =>
  t(sources.length === 1 ? 'preview.oneSource' : 'preview.sources', {
    sources: sources
      .map((s) => t('preview.source', { publisher: s.publisher, headline: s.headline, published: dates.date(s.published) }))
      .join('; '),
  });

/** The date line: the date as its sources give it, and the status when it had not happened yet. */
function dateLine(event: TimelineEvent, words: FullI18n): string {
  const date = capitalise(words.dates.eventDate(event));
  return event.status === 'happened' ? date : words.t('preview.dateStatus', { date, status: words.data.statuses[event.status].label });
}

/** An event page's card: its title, date and first quote, over the view its page opens with it selected. */
export function eventPreviewCard(event: TimelineEvent, dataset: Dataset, words: FullI18n): PreviewCard {
  const quote = event.citations[0]?.quote;
  const { view } = readPermalink(`?event=${encodeURIComponent(event.id)}`, { sources: [], events: [event] });
  return {
    heading: words.timeline.title,
    title: event.title,
    dateText: dateLine(event, words),
    ...(quote !== undefined && { body: { text: quote, marks: ['“', '”'] as const } }),
    sourcesText: sourcesSentence(sourcesOf(event, dataset.sources), words),
    timeline: { events: dataset.events, view, selectedId: event.id, words },
  };
}

/** The timeline page's card: its name and what it is over the whole timeline. */
export function indexPreviewCard(dataset: Dataset, words: FullI18n): PreviewCard {
  return {
    heading: words.t('preview.heading'),
    title: words.timeline.title,
    dateText: words.t('preview.indexCount', { count: dataset.events.length }),
    body: { text: words.t('preview.indexBody') },
    sourcesText: sourcesSentence(dataset.sources, words),
    timeline: { events: dataset.events, view: FULL_RANGE, selectedId: null, words },
  };
}

/** What an event's preview image shows, for og:image:alt. */
export const eventPreviewAlt = (event: TimelineEvent, dataset: Dataset, { t, dates, timeline }: FullI18n): string =>
  t(sourcesOf(event, dataset.sources).length === 1 ? 'preview.eventAltOneSource' : 'preview.eventAlt', {
    title: event.title,
    date: dates.eventDate(event),
    timeline: timeline.title,
  });

export const indexPreviewAlt = (dataset: Dataset, { t, timeline }: FullI18n): string =>
  t('preview.indexAlt', { count: dataset.events.length, timeline: timeline.title });

/** Every page's preview image in a language: the file to write and the card to draw. */
export const previewImages = (dataset: Dataset, words: FullI18n): { readonly file: string; readonly card: PreviewCard }[] => [
  { file: previewImageFile(null, words.language), card: indexPreviewCard(dataset, words) },
  ...dataset.events.map((event) => ({ file: previewImageFile(event.id, words.language), card: eventPreviewCard(event, dataset, words) })),
];
