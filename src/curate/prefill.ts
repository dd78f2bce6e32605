import { findDates } from '../model/findDates';
import { namedSpan } from '../model/dateFinder/foundDateForms';
import type { FoundDate } from '../model/dateFinder/types';
import { formatDateSpan, parsePartialDate } from '../model/partialDate';
import type { RawCitation, RawEvent } from '../model/schema';
import type { Status } from '../model/types';
import type { DateCorrection, DraftSource } from './project';

/** A passage of one source: offsets in UTF-16 code units of its text. */
export interface Passage {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
}

/** A found date, or the curator's reading of its words in place of the finder's. */
export interface MarkedDate {
  readonly found: FoundDate;
  readonly correction?: DateCorrection;
}

/** The dates found in a source, each with the curator's correction where there is one. */
export function markedDates(source: DraftSource, corrections: readonly DateCorrection[] = []): MarkedDate[] {
  const byStart = new Map(corrections.map((c) => [c.start, c]));
  return findDates(source.text, source.published).map((found) => {
    const correction = byStart.get(found.start);
    return correction && correction.end === found.end ? { found, correction } : { found };
  });
}

/** Where the prefilled date came from: words in the selection, the nearest date words before it, or none. */
export type DateOrigin = 'inside' | 'before' | 'none';

/** What the event form opens with for a selection. */
export interface Prefill {
  readonly quote: string;
  readonly origin: DateOrigin;
  /** The date words it was taken from, where there are any. */
  readonly words?: string;
  readonly start: string;
  readonly end?: string;
  readonly bounds?: RawEvent['bounds'];
  readonly ongoing?: RawEvent['ongoing'];
  readonly status: Status;
  /** The words that suggested the status (for the curator to confirm), when any did. */
  readonly statusWords?: string;
  readonly dating?: RawCitation['dating'];
}

/** The date a marked date gives, in the dataset's notation (start, end, bounds, ongoing). */
export function datedFields(marked: MarkedDate): Pick<Prefill, 'start' | 'end' | 'bounds' | 'ongoing'> | undefined {
  const { found, correction } = marked;
  if (correction) return { start: correction.date };
  const r = found.resolution;
  switch (r.kind) {
    case 'date':
      return { start: r.span.start.iso, ...(r.span.end && { end: r.span.end.iso }) };
    case 'ongoing':
      return { start: r.start.iso, end: '..', ongoing: { words: found.text } };
    case 'bounds':
      return {
        start: `[${r.earliest?.iso ?? ''}..${r.latest?.iso ?? ''}]`,
        bounds: {
          ...(r.earliest && { earliest: { words: found.text } }),
          ...(r.latest && { latest: { words: found.text } }),
        },
      };
    case 'not-placeable':
      return undefined;
  }
}

/** What date words name, as a citation's `dating.resolved` records it; the curator's date where corrected. */
function resolvedOf(marked: MarkedDate): string | undefined {
  if (marked.correction) return parsePartialDate(marked.correction.date) ? marked.correction.date : undefined;
  const span = namedSpan(marked.found.resolution);
  return span && formatDateSpan(span);
}

/** Words that say an event is still to come, strongest first: an intention, or a date set by someone. */
const PLANNED = /\b(?:plans?|planning|planned|aims?|intends?|hopes?|seeks?|wants?) to\b/i;
const ANNOUNCED = /\b(?:will|shall|is set to|are set to|set to be|scheduled|slated|to be held|is to|are to|would)\b/i;

/** The status the words suggest, and the words that suggest it: for the curator to confirm, never decided silently. */
export function suggestStatus(quote: string): { readonly status: Status; readonly words?: string } {
  const planned = PLANNED.exec(quote);
  if (planned) return { status: 'planned', words: planned[0] };
  const announced = ANNOUNCED.exec(quote);
  if (announced) return { status: 'announced', words: announced[0] };
  return { status: 'happened' };
}

/**
 * The event form's first values for a selection of a source: the quote exactly as selected; the date from the
 * first date words inside the selection that give one (with the words, their reference and their reading kept
 * as the citation's dating), or else from the nearest date words before it, said to be so and not recorded as
 * the citation's dating, since those words are not in the quote; the status the quote's words suggest.
 */
export function prefillFor(source: DraftSource, passage: Passage, marked: readonly MarkedDate[]): Prefill {
  const quote = source.text.slice(passage.start, passage.end);
  const suggested = suggestStatus(quote);
  const status = { status: suggested.status, ...(suggested.words !== undefined && { statusWords: suggested.words }) };
  const inside = marked.find((m) => m.found.start >= passage.start && m.found.end <= passage.end && datedFields(m));
  if (inside) {
    const fields = datedFields(inside);
    const resolved = resolvedOf(inside);
    return {
      quote,
      origin: 'inside',
      words: inside.found.text,
      start: '',
      ...fields,
      ...status,
      ...(resolved !== undefined && { dating: { words: inside.found.text, reference: source.published, resolved } }),
    };
  }
  const before = [...marked].reverse().find((m) => m.found.end <= passage.start && datedFields(m));
  if (before) return { quote, origin: 'before', words: before.found.text, start: '', ...datedFields(before), ...status };
  return { quote, origin: 'none', start: '', ...status };
}

/** A readable slug from a title, numbered to be unique among `taken`: `vienna-talks`, `vienna-talks-2`. */
export function slugFor(title: string, taken: ReadonlySet<string>): string {
  const base =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-') || 'event';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
