import { describeDate, describeSpan } from '../model/describeDate';
import { DAY } from '../model/duration';
import { formatEventEdtf } from '../model/edtf';
import { type PartialDate, isoDay, parsePartialDate } from '../model/partialDate';
import type { Source, TimelineEvent } from '../model/types';
import { TIMELINE_KIND, TIMELINE_TITLE } from './timelineName';

/**
 * How to cite an event of the timeline, in three forms: a plain-text reference to paste into prose, BibTeX
 * for LaTeX, and CSL-JSON, which Zotero, Mendeley and every CSL citation processor read natively. Each names
 * the event as the timeline states it, its date as the sources support it, every source article as printed
 * (publisher, headline, byline, date), the timeline itself, the event's link and the day it was accessed.
 */
export interface CiteContext {
  /** The event's own link (`…/?event=pact-1965`). */
  readonly link: string;
  /** The reader's day, `YYYY-MM-DD`. */
  readonly accessed: string;
}

/** The event's sources, once each, in the order it cites them. */
export function sourcesOf(event: TimelineEvent, sources: readonly Source[]): Source[] {
  const ids = [...new Set(event.citations.map((c) => c.sourceId))];
  return ids.map((id) => sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
}

const eventDate = (event: TimelineEvent): string =>
  describeSpan(event.end ? { start: event.start, end: event.end } : { start: event.start });

/** `1 December 2026` for a `YYYY-MM-DD` day (shown as given if it is not one). */
const dayInWords = (day: string): string => {
  const date = parsePartialDate(day);
  return date ? describeDate(date) : day;
};

/** One source as printed: publisher, headline, byline and date, each as the article gives it. */
const printed = (s: Source): string => `${s.publisher}, “${s.headline}”, byline “${s.byline}”, published ${s.publishedAsPrinted}.`;

export function citationText(event: TimelineEvent, sources: readonly Source[], { link, accessed }: CiteContext): string {
  const cited = sourcesOf(event, sources);
  return [
    `“${event.title}”, ${eventDate(event)} (${formatEventEdtf(event)}). In ${TIMELINE_TITLE}, ${TIMELINE_KIND}. ${link} (accessed ${dayInWords(accessed)}).`,
    `${cited.length === 1 ? 'Source' : 'Sources'}: ${cited.map(printed).join(' ')}`,
  ].join('\n');
}

const TEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A field's text for BibTeX: TeX's special characters escaped (in one pass), line breaks as spaces. */
export const escapeBibtex = (text: string): string =>
  text.replace(/[\\{}%&$#_~^]/g, (ch) => TEX_SPECIALS[ch] ?? ch).replace(/\s*[\r\n]+\s*/g, ' ');

/** An entry, its fields in order; a URL is verbatim in BibTeX, everything else is escaped. */
function bibtexEntry(type: string, key: string, fields: readonly (readonly [string, string])[]): string {
  const lines = fields.map(
    ([name, value]) => `  ${name} = {${name === 'url' ? value.replace(/[{}\s]/g, encodeURIComponent) : escapeBibtex(value)}},`,
  );
  return `@${type}{${key},\n${lines.join('\n')}\n}`;
}

/**
 * A `@misc` entry for the event on the timeline (biblatex's `date` field takes the EDTF date) that
 * `related`s an `@article` entry for each source article.
 */
export function citationBibtex(event: TimelineEvent, sources: readonly Source[], { link, accessed }: CiteContext): string {
  const cited = sourcesOf(event, sources);
  const entry = bibtexEntry('misc', event.id, [
    ['title', event.title],
    ['howpublished', `In ${TIMELINE_TITLE}, ${TIMELINE_KIND}`],
    [
      'note',
      `Event dated ${eventDate(event)} (EDTF ${formatEventEdtf(event)}), as its sources support. Sources: ${cited.map(printed).join(' ')}`,
    ],
    ['url', link],
    ['urldate', accessed],
    ['related', cited.map((s) => s.id).join(',')],
  ]);
  const articles = cited.map((s) =>
    bibtexEntry('article', s.id, [
      ['title', s.headline],
      ['journal', s.publisher],
      ['date', s.published.iso],
      ['year', s.published.iso.slice(0, 4)],
      ['note', `Byline as printed: ${s.byline}. Published as printed: ${s.publishedAsPrinted}`],
    ]),
  );
  return [entry, ...articles].join('\n\n');
}

type DateParts = { 'date-parts': number[][] };

/** A partial date as CSL date parts, no more precise than it is: [[1965]], [[2018, 10]], a week as its days. */
function dateParts(from: PartialDate, to?: PartialDate): DateParts {
  const parts = (date: PartialDate, end: boolean): number[] => {
    const day = isoDay(end && date.precision === 'week' ? date.end - DAY : date.start);
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return date.precision === 'year' ? [y] : date.precision === 'month' ? [y, m] : [y, m, d];
  };
  const last = to ?? (from.precision === 'week' ? from : undefined);
  return { 'date-parts': last ? [parts(from, false), parts(last, true)] : [parts(from, false)] };
}

/** CSL-JSON items: the event as a web page of the timeline, and each source as a newspaper article. */
export function citationCslJson(event: TimelineEvent, sources: readonly Source[], { link, accessed }: CiteContext): string {
  const cited = sourcesOf(event, sources);
  const accessedDate = parsePartialDate(accessed);
  const items = [
    {
      id: event.id,
      type: 'webpage',
      title: event.title,
      'container-title': `${TIMELINE_TITLE}, ${TIMELINE_KIND}`,
      URL: link,
      ...(accessedDate && { accessed: dateParts(accessedDate) }),
      'event-date': dateParts(event.start, event.end),
      note: `Event dated ${eventDate(event)} (EDTF ${formatEventEdtf(event)}), as its sources support. Sources: ${cited.map(printed).join(' ')}`,
    },
    ...cited.map((s) => ({
      id: s.id,
      type: 'article-newspaper',
      title: s.headline,
      'container-title': s.publisher,
      publisher: s.publisher,
      issued: dateParts(s.published),
      note: `Byline as printed: ${s.byline}. Published as printed: ${s.publishedAsPrinted}`,
    })),
  ];
  return JSON.stringify(items, null, 2);
}

export type CitationFormat = 'text' | 'bibtex' | 'csl-json';

/** The forms the Cite control offers, in order, each with its name for the reader. */
export const CITATION_FORMS: readonly { readonly format: CitationFormat; readonly name: string; readonly build: typeof citationText }[] = [
  { format: 'text', name: 'Plain text', build: citationText },
  { format: 'bibtex', name: 'BibTeX', build: citationBibtex },
  { format: 'csl-json', name: 'CSL-JSON (Zotero, Mendeley)', build: citationCslJson },
];

/** The event's own link: the page the reader is on, opening on that event (`…/?event=pact-1965`). */
export const eventLink = (pageHref: string, eventId: string): string => {
  const url = new URL(pageHref);
  url.search = new URLSearchParams({ event: eventId }).toString();
  url.hash = '';
  return url.href;
};
