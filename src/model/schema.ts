import * as v from 'valibot';
import { RELATION_KINDS, STATUSES, TAGS } from './types';

/**
 * The shape of the dataset files, checked once where JSON enters the program. Valibot rather than zod:
 * its functions tree-shake, so the check costs a few kilobytes of the page's budget rather than tens.
 */
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

export const DatingSchema = v.object({
  words: text,
  reference: v.string(),
  resolved: v.string(),
});

export const CitationSchema = v.object({
  source: v.string(),
  quote: text,
  dating: v.optional(DatingSchema),
});

/** A timeline mark shows its whole label, so labels stay short enough to fit beside a mark. */
export const LABEL_MAX_LENGTH = 30;

/** Why a bound holds: words of one of the event's citations, and the event or the report that gives its date. */
export const BoundBasisSchema = v.object({
  words: text,
  event: v.optional(v.string()),
  reported: v.optional(v.literal(true, 'must be true when given')),
});

export const EventSchema = v.object({
  id: v.string(),
  title: text,
  label: v.pipe(text, v.maxLength(LABEL_MAX_LENGTH, `must be at most ${LABEL_MAX_LENGTH} characters`)),
  start: v.string(),
  end: v.optional(v.string()),
  bounds: v.optional(v.object({ earliest: v.optional(BoundBasisSchema), latest: v.optional(BoundBasisSchema) })),
  ongoing: v.optional(v.object({ words: text })),
  status: v.picklist(STATUSES, `must be one of ${STATUSES.join(', ')}`),
  tags: v.array(v.picklist(TAGS, `must be one of ${TAGS.join(', ')}`)),
  note: v.optional(text),
  citations: v.pipe(v.array(CitationSchema), v.minLength(1, 'needs at least one citation')),
});

export const SourceSchema = v.object({
  id: v.string(),
  file: text,
  publisher: text,
  headline: text,
  byline: text,
  publishedAsPrinted: text,
  published: v.string(),
});

export const RelationSchema = v.object({
  kind: v.picklist(RELATION_KINDS, `must be one of ${RELATION_KINDS.join(', ')}`),
  from: v.string(),
  to: v.string(),
  source: v.string(),
  quote: text,
  note: v.optional(text),
});

export type RawEvent = v.InferOutput<typeof EventSchema>;
export type RawSource = v.InferOutput<typeof SourceSchema>;
export type RawCitation = v.InferOutput<typeof CitationSchema>;
export type RawBoundBasis = v.InferOutput<typeof BoundBasisSchema>;
export type RawRelation = v.InferOutput<typeof RelationSchema>;
