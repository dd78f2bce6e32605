import { formatDateSpan } from '../model/partialDate';
import { OPEN_END } from '../model/edtf';
import type { RawBoundBasis, RawCitation, RawEvent, RawRelation, RawSource } from '../model/schema';
import type { BoundBasis, Citation, Dataset, Relation, Source, TimelineEvent } from '../model/types';
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
}

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

export function serialiseDataset(dataset: Dataset): DatasetFile {
  return {
    sources: dataset.sources.map(rawSource),
    events: dataset.events.map(rawEvent),
    relations: (dataset.relations ?? []).map(rawLink),
    texts: Object.fromEntries(dataset.sources.map((s) => [s.file, s.text])),
  };
}

/** The file's text: two-space indented, so that it reads and diffs like the project's own files. */
export const datasetJsonText = (dataset: Dataset): string => `${JSON.stringify(serialiseDataset(dataset), null, 2)}\n`;

/**
 * Reads a parsed one-file dataset into what the validator checks, or says what is missing. The records
 * themselves are left to the validator, which names the event and the field of anything wrong.
 */
export function readDatasetFile(json: unknown): DatasetInput {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new Error('is not a dataset: expected an object with sources, events and texts');
  const { sources, events, relations, texts } = json as Record<string, unknown>;
  if (typeof texts !== 'object' || texts === null || Array.isArray(texts))
    throw new Error('has no "texts": the articles\' texts by file name');
  const entries = Object.entries(texts);
  const notText = entries.find(([, text]) => typeof text !== 'string');
  if (notText) throw new Error(`texts["${notText[0]}"] is not an article's text`);
  // No prototype: a source naming the file "constructor" finds no text rather than Object's.
  const byFile: Record<string, string> = Object.create(null);
  for (const [file, text] of entries) byFile[file] = text as string;
  return { sources, events, relations, texts: byFile };
}
