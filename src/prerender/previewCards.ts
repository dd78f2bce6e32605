import { FULL_RANGE } from '../core/viewWindow';
import englishWords from '../data/translations/en.json';
import { sourcesOf } from '../exports/citation';
import { en } from '../i18n/catalogues/en';
import { createI18n } from '../i18n/i18n';
import { describeDate } from '../model/describeDate';
import { describeEventDate } from '../model/describeEventDate';
import { TIMELINE } from '../model/timeline';
import type { Dataset, Source, TimelineEvent } from '../model/types';
import { STATUS_WORDS } from '../model/statusWords';
import { readPermalink } from '../url/permalink';
import type { PreviewCard } from './previewImage';

/**
 * What the English pages' preview images say, and where they are: `og/<id>.png` for an event's page,
 * `og/index.png` for the timeline's. The words are made here and handed to buildPreviewImage, so that a
 * page in another language makes its cards from its own words.
 */
export const previewImageFile = (eventId: string | null): string =>
  eventId === null ? 'og/index.png' : `og/${encodeURIComponent(eventId)}.png`;

/** The English pages' words, for the timeline's frame in their cards. */
const ENGLISH = createI18n('en', en, englishWords, TIMELINE);

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const sourcesSentence = (sources: readonly Source[]): string =>
  `${sources.length === 1 ? 'Source' : 'Sources'}: ${sources
    .map((s) => `${s.publisher}, “${s.headline}”, ${describeDate(s.published)}`)
    .join('; ')}`;

/** The date line: the date as its sources give it, and the status when it had not happened yet. */
const dateLine = (event: TimelineEvent): string =>
  event.status === 'happened'
    ? capitalise(describeEventDate(event))
    : `${capitalise(describeEventDate(event))} · ${STATUS_WORDS[event.status].label}`;

/** An event page's card: its title, date and first quote, over the view its page opens with it selected. */
export function eventPreviewCard(event: TimelineEvent, dataset: Dataset): PreviewCard {
  const quote = event.citations[0]?.quote;
  const { view } = readPermalink(`?event=${encodeURIComponent(event.id)}`, { sources: [], events: [event] });
  return {
    heading: TIMELINE.title,
    title: event.title,
    dateText: dateLine(event),
    ...(quote !== undefined && { body: { text: quote, marks: ['“', '”'] as const } }),
    sourcesText: sourcesSentence(sourcesOf(event, dataset.sources)),
    timeline: { events: dataset.events, view, selectedId: event.id, words: ENGLISH },
  };
}

/** The timeline's description without the title it begins with (the card shows the title above it). */
function descriptionAfterTitle(): string {
  const prefix = `${TIMELINE.title}: `;
  return TIMELINE.description.startsWith(prefix) ? capitalise(TIMELINE.description.slice(prefix.length)) : TIMELINE.description;
}

/** The timeline page's card: its name and description over the whole timeline. */
export function indexPreviewCard(dataset: Dataset): PreviewCard {
  return {
    heading: 'A sourced, zoomable timeline',
    title: TIMELINE.title,
    dateText: `${dataset.events.length} events, each quoted from its source`,
    body: { text: descriptionAfterTitle() },
    sourcesText: sourcesSentence(dataset.sources),
    timeline: { events: dataset.events, view: FULL_RANGE, selectedId: null, words: ENGLISH },
  };
}

/** What an event's preview image shows, for og:image:alt. */
export const eventPreviewAlt = (event: TimelineEvent, dataset: Dataset): string =>
  `“${event.title}”, ${describeEventDate(event)}, selected on the timeline of ${TIMELINE.title}, with its first quote and its ${
    sourcesOf(event, dataset.sources).length === 1 ? 'source' : 'sources'
  } named.`;

export const indexPreviewAlt = (dataset: Dataset): string =>
  `The timeline of ${TIMELINE.title}: ${dataset.events.length} events, with the sources they are quoted from.`;

/** Every page's preview image: the file to write and the card to draw. */
export const previewImages = (dataset: Dataset): { readonly file: string; readonly card: PreviewCard }[] => [
  { file: previewImageFile(null), card: indexPreviewCard(dataset) },
  ...dataset.events.map((event) => ({ file: previewImageFile(event.id), card: eventPreviewCard(event, dataset) })),
];
