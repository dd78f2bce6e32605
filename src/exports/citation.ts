import type { FullI18n, I18n } from '../i18n/i18n';
import { type Language, languageOfPath } from '../i18n/languages';
import { DAY } from '../model/duration';
import { formatEventEdtf } from '../model/edtf';
import { type PartialDate, isoDay, parsePartialDate } from '../model/partialDate';
import type { Source, TimelineEvent } from '../model/types';
import { TIMELINE_UPDATED } from './timelineName';

/**
 * How to cite an event of the timeline, in three forms: a plain-text reference to paste into prose, BibTeX
 * for LaTeX, and CSL-JSON, which Zotero, Mendeley and every CSL citation processor read natively. Each names
 * the event as the timeline states it, its date as the sources support it, every source article as printed
 * (publisher, headline, byline, date), the timeline itself, the event's link and the day it was accessed.
 * The prose around them (and the notes BibTeX and CSL-JSON carry for people) is in the page's language; the
 * sources' own words stay as printed.
 */
export interface CiteContext {
  /** The event's own link (`…/?event=pact-1965`). */
  readonly link: string;
  /** The reader's day, `YYYY-MM-DD`. */
  readonly accessed: string;
  /** The page's language, which the citation's own words are written in. */
  readonly i18n: FullI18n;
}

/** The event's sources, once each, in the order it cites them. */
export function sourcesOf(event: TimelineEvent, sources: readonly Source[]): Source[] {
  const ids = [...new Set(event.citations.map((c) => c.sourceId))];
  return ids.map((id) => sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
}

/**
 * The news agency a byline credits, which reference managers take as an institutional author: "Source: Xinhua"
 * and "By Yonhap" give "Xinhua" and "Yonhap"; a byline that credits no one gives none.
 */
export const bylineAgency = (byline: string): string | undefined => byline.replace(/^\s*(?:source\s*:|by\b)\s*/i, '').trim() || undefined;

/** `1 December 2026` for a `YYYY-MM-DD` day (shown as given if it is not one). */
const dayInWords = ({ dates }: I18n, day: string): string => {
  const date = parsePartialDate(day);
  return date ? dates.date(date) : day;
};

/** Each source as printed: publisher, headline, byline and date, each as the article gives it. */
const printed = ({ t }: FullI18n, cited: readonly Source[]): string =>
  cited
    .map((s) => t('cite.printed', { publisher: s.publisher, headline: s.headline, byline: s.byline, published: s.publishedAsPrinted }))
    .join(' ');

/** The citation for a reader: the date in words as the sources support it ("some time between October 2018 and 29 November 2019"), never in EDTF. */
export function citationText(event: TimelineEvent, sources: readonly Source[], { link, accessed, i18n }: CiteContext): string {
  const cited = sourcesOf(event, sources);
  const { t, dates, timeline } = i18n;
  return [
    t('cite.text.event', {
      title: event.title,
      date: dates.eventDate(event),
      timeline: timeline.title,
      link,
      accessed: dayInWords(i18n, accessed),
    }),
    // One source or several: a choice of words, not a count, so it is not a plural message.
    cited.length === 1
      ? t('cite.text.source', { sources: printed(i18n, cited) })
      : t('cite.text.sources', { sources: printed(i18n, cited) }),
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
  // In TeX's default font encoding these print as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** A field's text for BibTeX: TeX's special characters escaped (in one pass), line breaks as spaces. */
export const escapeBibtex = (text: string): string =>
  text.replace(/[\\{}%&$#_~^<>]/g, (ch) => TEX_SPECIALS[ch] ?? ch).replace(/\s*[\r\n]+\s*/g, ' ');

/** For a reference manager's notes: the date in words and, for software, in EDTF. */
const datedNote = (i18n: FullI18n, event: TimelineEvent, cited: readonly Source[]): string =>
  i18n.t('cite.note', { date: i18n.dates.eventDate(event), edtf: formatEventEdtf(event), sources: printed(i18n, cited) });

const bylineNote = ({ t }: FullI18n, s: Source): string => t('cite.bylineNote', { byline: s.byline, published: s.publishedAsPrinted });

/** Fields whose case styles and reference managers may change ("Korean Peninsula" → "korean peninsula"). */
const CASED_FIELDS = new Set(['title', 'titleaddon']);

/**
 * A field's value as written: a URL verbatim (braces and spaces percent-encoded), an institutional author in a
 * second pair of braces (so it is not split into given and family names), each capitalised word of a title in
 * braces (so it keeps its capitals when a style or reference manager sentence-cases the title), all escaped.
 */
function bibtexValue(name: string, value: string): string {
  if (name === 'url') return value.replace(/[{}\s]/g, encodeURIComponent);
  const escaped = escapeBibtex(value);
  if (name === 'author') return `{${escaped}}`;
  return CASED_FIELDS.has(name) ? escaped.replace(/\S*\p{Lu}\S*/gu, '{$&}') : escaped;
}

/** An entry, its fields in order, those without a value left out. */
function bibtexEntry(type: string, key: string, fields: readonly (readonly [string, string | undefined])[]): string {
  const lines = fields.flatMap(([name, value]) => (value === undefined ? [] : [`  ${name} = {${bibtexValue(name, value)}},`]));
  return `@${type}{${key},\n${lines.join('\n')}\n}`;
}

/**
 * biblatex entries: the event as an `@online` page of the timeline (dated by the dataset's last change), which
 * `related`s each source article, an `@article` of `entrysubtype` newspaper with its news agency as author.
 */
export function citationBibtex(event: TimelineEvent, sources: readonly Source[], { link, accessed, i18n }: CiteContext): string {
  const cited = sourcesOf(event, sources);
  const entry = bibtexEntry('online', event.id, [
    ['title', event.title],
    ['titleaddon', i18n.t('cite.titleAddon', { timeline: i18n.timeline.title })],
    ['date', TIMELINE_UPDATED],
    ['url', link],
    ['urldate', accessed],
    ['note', datedNote(i18n, event, cited)],
    ['related', cited.map((s) => s.id).join(',')],
  ]);
  const articles = cited.map((s) =>
    bibtexEntry('article', s.id, [
      ['entrysubtype', 'newspaper'],
      ['author', bylineAgency(s.byline)],
      ['title', s.headline],
      ['journal', s.publisher],
      ['date', s.published.iso],
      ['note', bylineNote(i18n, s)],
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

/** When the event happened: date parts where they say it (a date, a period, a week), else the words (bounds, a period still going on). */
const eventDateCsl = ({ dates }: I18n, event: TimelineEvent): DateParts | { literal: string } =>
  event.earliest || event.latest || event.ongoing ? { literal: dates.eventDate(event) } : dateParts(event.start, event.end);

/**
 * CSL-JSON items: the event as a web page of the timeline, issued on the dataset's last change, and each source
 * as a newspaper article, its news agency as a literal (institutional) author.
 */
export function citationCslJson(event: TimelineEvent, sources: readonly Source[], { link, accessed, i18n }: CiteContext): string {
  const cited = sourcesOf(event, sources);
  const accessedDate = parsePartialDate(accessed);
  const updated = parsePartialDate(TIMELINE_UPDATED);
  const items = [
    {
      id: event.id,
      type: 'webpage',
      title: event.title,
      'container-title': i18n.t('cite.container', { timeline: i18n.timeline.title }),
      URL: link,
      ...(updated && { issued: dateParts(updated) }),
      ...(accessedDate && { accessed: dateParts(accessedDate) }),
      'event-date': eventDateCsl(i18n, event),
      note: datedNote(i18n, event, cited),
    },
    ...cited.map((s) => {
      const agency = bylineAgency(s.byline);
      return {
        id: s.id,
        type: 'article-newspaper',
        ...(agency && { author: [{ literal: agency }] }),
        title: s.headline,
        'container-title': s.publisher,
        publisher: s.publisher,
        issued: dateParts(s.published),
        note: bylineNote(i18n, s),
      };
    }),
  ];
  return JSON.stringify(items, null, 2);
}

export type CitationFormat = 'text' | 'bibtex' | 'csl-json';

/** The forms the Cite control offers, in order (each named for the reader by the catalogue's `cite.format.<format>`). */
export const CITATION_FORMS: readonly { readonly format: CitationFormat; readonly build: typeof citationText }[] = [
  { format: 'text', build: citationText },
  { format: 'bibtex', build: citationBibtex },
  { format: 'csl-json', build: citationCslJson },
];

/**
 * The event's own link: the page the reader is on, opening on that event (`…/?event=pact-1965`), in the language
 * the reader cites it in (`&lang=ko` where the page's folder does not already say so).
 */
export const eventLink = (pageHref: string, eventId: string, language: Language): string => {
  const url = new URL(pageHref);
  const lang = languageOfPath(url.pathname) === language ? {} : { lang: language };
  url.search = new URLSearchParams({ event: eventId, ...lang }).toString();
  url.hash = '';
  return url.href;
};
