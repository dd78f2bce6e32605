import { escapeHtml as html } from '../exports/escapeHtml';
import { DAY } from '../model/duration';
import type { DateWords } from '../i18n/dateWords';
import { formatEventEdtf } from '../model/edtf';
import { OPEN_END } from '../model/edtf';
import { type PartialDate, type Precision, formatDateSpan } from '../model/partialDate';
import { STATUS_WORDS } from '../model/statusWords';
import { type Citation, type Source, type TimelineEvent, isBounded } from '../model/types';
import { SLIDE_MARKS as MARK, type TimelineJsDate, type TimelineJsSlide } from './timelineJsFormat';

/** The fields of a UTC midnight that a date of this precision knows: a month leaves out the day. */
function dateFields(ms: number, precision: Precision): TimelineJsDate {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month: d.getUTCMonth() + 1 };
  return { year, month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A date's first day at its precision; a week is its Monday. */
const firstDay = (date: PartialDate): TimelineJsDate => dateFields(date.start, date.precision);
/** Where a period ends: a week ends on its Sunday. */
const lastDay = (date: PartialDate): TimelineJsDate =>
  date.precision === 'week' ? dateFields(date.end - DAY, 'day') : dateFields(date.start, date.precision);

const capitalised = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

/**
 * The slide's dates. TimelineJS knows a date or a span of dates; a date known only by bounds is dated at its
 * earliest known bound (or its latest, when that is all), a period still going on at its start, a week at
 * its Monday, and each says in its display date what it is, in the words the timeline uses.
 */
function slideDates(event: TimelineEvent, dates: DateWords): Pick<TimelineJsSlide, 'start_date' | 'end_date' | 'display_date'> {
  const inWords = html(capitalised(dates.eventDate(event)));
  const bound = event.earliest ?? event.latest;
  if (bound) return { start_date: firstDay(bound.date), display_date: inWords };
  if (event.ongoing) return { start_date: firstDay(event.start), display_date: inWords };
  const { start, end } = event;
  const weekly = start.precision === 'week' || end?.precision === 'week';
  return { start_date: firstDay(start), ...(end && { end_date: lastDay(end) }), ...(weekly && { display_date: inWords }) };
}

/** The date as events.json writes it, for the import's report of what the slide could not hold. */
const datasetDate = (event: TimelineEvent): string =>
  isBounded(event)
    ? formatEventEdtf(event)
    : event.ongoing
      ? `${event.start.iso}/${OPEN_END}`
      : formatDateSpan({ start: event.start, ...(event.end && { end: event.end }) });

/** "Headline, Publisher, 2019/11/29 21:56:37": the source as printed, as TimelineJS's media credit holds it. */
export const creditWords = (source: Source): string => `${source.headline}, ${source.publisher}, ${source.publishedAsPrinted}`;

const citedSource = (source: Source): string =>
  `<cite>${html(source.headline)}</cite>, ${html(source.publisher)}, ${html(source.publishedAsPrinted)}`;

/**
 * The slide's text, HTML with every string escaped: the status in words, the first citation's quote and its
 * source, any further citations as text, and the curator's note. The marks on each part let our import read
 * them back; readers see only the words.
 */
function slideText(event: TimelineEvent, sourceOf: (c: Citation) => Source | undefined): string {
  const status = STATUS_WORDS[event.status];
  const [first, ...more] = event.citations;
  const firstSource = first && sourceOf(first);
  const parts = [
    `<p ${MARK.event}="${html(event.id)}" ${MARK.status}="${event.status}" ${MARK.date}="${html(datasetDate(event))}">` +
      `${html(status.label)}: ${html(status.meaning)}</p>`,
    ...(first ? [`<blockquote ${MARK.quote}>${html(first.quote)}</blockquote>`] : []),
    ...(firstSource ? [`<p ${MARK.citation}>— ${citedSource(firstSource)}</p>`] : []),
    ...more.map((c) => {
      const source = sourceOf(c);
      return `<p>Also quoted: <span ${MARK.moreCitation}>“${html(c.quote)}”${source ? ` — ${citedSource(source)}` : ''}</span></p>`;
    }),
    ...(event.note !== undefined ? [`<p ${MARK.note}>${html(event.note)}</p>`] : []),
  ];
  return parts.join('');
}

/**
 * One event as a TimelineJS slide: its id as `unique_id`, its title as the headline, its first tag as the
 * group, and its first citation's quote and source as the media caption and credit too. `dates` writes the
 * display date: the catalogue's English, as the rest of the slide is (src/curate/englishDates.ts).
 */
export function timelineJsSlide(event: TimelineEvent, sources: ReadonlyMap<string, Source>, dates: DateWords): TimelineJsSlide {
  const sourceOf = (c: Citation) => sources.get(c.sourceId);
  const first = event.citations[0];
  const firstSource = first && sourceOf(first);
  const [group] = event.tags;
  return {
    ...slideDates(event, dates),
    text: { headline: html(event.title), text: slideText(event, sourceOf) },
    ...(first && firstSource && { media: { url: '', caption: html(first.quote), credit: html(creditWords(firstSource)) } }),
    ...(group !== undefined && { group: html(group) }),
    unique_id: event.id,
  };
}
