import { formatDateSpan } from '../model/partialDate';
import { OPEN_END } from '../model/edtf';
import type { RawBoundBasis, RawCitation, RawEvent, RawRelation, RawSource } from '../model/schema';
import type { BoundBasis, Citation, Dataset, Relation, Source, TimelineEvent } from '../model/types';
import type { DataTranslation } from '../model/translations';
import type { DatasetInput } from '../model/validateDataset';

/**
 * The dataset as one JSON file, in the project's own format: the records of `sources.json` and
 * `events.json` as the validator reads them, and the articles' texts by file name. `npm run validate-data
 * FILE.json` checks such a file; `validateDataset(readDatasetFile(serialiseDataset(d)))` gives `d` back.
 */
export interface DatasetFile {
  readonly sources: readonly RawSource[];
  readonly events: readonly RawEvent[];
  /** The relations between events, as `relations.json` holds them. */
  readonly relations: readonly RawRelation[];
  /** Each article's full text, exactly as received, by the file name its source names. */
  readonly texts: Readonly<Record<string, string>>;
  /**
   * The dataset's words in other languages, by language, in the shape of `translations/<language>.json`: any of
   * its parts, the events' titles and labels (and notes) at least where events are translated.
   */
  readonly translations?: Readonly<Record<string, DatasetFileTranslation>>;
}

/** A language's words for the dataset, as `translations/<language>.json` holds them, each part optional. */
export type DatasetFileTranslation = Partial<DataTranslation>;

const rawSource = ({ id, file, publisher, headline, byline, publishedAsPrinted, published }: Source): RawSource => ({
  id,
  file,
  publisher,
  headline,
  byline,
  publishedAsPrinted,
  published: published.iso,
});

const rawCitation = ({ sourceId, quote, dating }: Citation): RawCitation => ({
  source: sourceId,
  quote,
  ...(dating && { dating: { words: dating.words, reference: dating.reference.iso, resolved: formatDateSpan(dating.resolved) } }),
});

const rawBasis = ({ words, eventId, reported }: BoundBasis): RawBoundBasis => ({
  words,
  ...(eventId !== undefined && { event: eventId }),
  ...(reported && { reported }),
});

/** A date known only by bounds, in the dataset's bounds notation (EDTF-like), each bound at its own precision: `[2018-10..2019-11-29]`. */
const rawStart = ({ start, earliest, latest }: TimelineEvent): string =>
  earliest || latest ? `[${earliest?.date.iso ?? ''}..${latest?.date.iso ?? ''}]` : start.iso;

const rawLink = ({ kind, from, to, sourceId, quote, note }: Relation): RawRelation => ({
  kind,
  from,
  to,
  source: sourceId,
  quote,
  ...(note !== undefined && { note }),
});

const rawEvent = (e: TimelineEvent): RawEvent => ({
  id: e.id,
  title: e.title,
  label: e.label,
  start: rawStart(e),
  ...(e.end && { end: e.end.iso }),
  ...(e.ongoing && { end: OPEN_END, ongoing: { words: e.ongoing.words } }),
  ...((e.earliest ?? e.latest) && {
    bounds: { ...(e.earliest && { earliest: rawBasis(e.earliest.basis) }), ...(e.latest && { latest: rawBasis(e.latest.basis) }) },
  }),
  status: e.status,
  tags: [...e.tags],
  ...(e.note !== undefined && { note: e.note }),
  citations: e.citations.map(rawCitation),
});

/** The dataset in the one-file format, with its translations when they are given (by language). */
export function serialiseDataset(dataset: Dataset, translations?: Readonly<Record<string, DatasetFileTranslation>>): DatasetFile {
  return {
    sources: dataset.sources.map(rawSource),
    events: dataset.events.map(rawEvent),
    relations: (dataset.relations ?? []).map(rawLink),
    texts: Object.fromEntries(dataset.sources.map((s) => [s.file, s.text])),
    ...(translations !== undefined && { translations }),
  };
}

/** The file's text: two-space indented, so that it reads and diffs like the project's own files. */
export const datasetJsonText = (dataset: Dataset, translations?: Readonly<Record<string, DatasetFileTranslation>>): string =>
  `${JSON.stringify(serialiseDataset(dataset, translations), null, 2)}\n`;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a parsed one-file dataset into what the validator checks, or says what is missing. The records
 * themselves are left to the validator, which names the event and the field of anything wrong.
 */
export function readDatasetFile(json: unknown): DatasetInput {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error('is not a dataset: expected an object with sources, events and texts');
  const { sources, events, relations, texts, translations } = json as Record<string, unknown>;
  if (typeof texts !== 'object' || texts === null || Array.isArray(texts))
    throw new Error('has no "texts": the articles\' texts by file name');
  const entries = Object.entries(texts);
  const notText = entries.find(([, text]) => typeof text !== 'string');
  if (notText) throw new Error(`texts["${notText[0]}"] is not an article's text`);
  // No prototype: a source naming the file "constructor" finds no text rather than Object's.
  const byFile: Record<string, string> = Object.create(null);
  for (const [file, text] of entries) byFile[file] = text as string;
  if (translations === undefined) return { sources, events, relations, texts: byFile };
  if (!isRecord(translations)) throw new Error('has "translations" that are not the translations by language');
  const notWords = Object.entries(translations).find(([, words]) => !isRecord(words));
  if (notWords) throw new Error(`translations["${notWords[0]}"] is not a language's words`);
  // The languages' parts themselves are left to the validator, which names the event and the field.
  const byLanguage: Record<string, unknown> = Object.create(null);
  for (const [language, words] of Object.entries(translations)) byLanguage[language] = words;
  return { sources, events, relations, texts: byFile, translations: byLanguage };
}
