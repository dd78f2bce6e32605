import * as v from 'valibot';
import { STATUSES, TAGS } from './types';

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

export const EventSchema = v.object({
  id: v.string(),
  title: text,
  label: v.pipe(text, v.maxLength(LABEL_MAX_LENGTH, `must be at most ${LABEL_MAX_LENGTH} characters`)),
  start: v.string(),
  end: v.optional(v.string()),
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

export type RawEvent = v.InferOutput<typeof EventSchema>;
export type RawSource = v.InferOutput<typeof SourceSchema>;
export type RawCitation = v.InferOutput<typeof CitationSchema>;
