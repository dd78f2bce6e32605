import * as v from 'valibot';
import { STATUSES } from './types';

/** The shape of the translation files (src/data/translations/); the validator checks what they say (validateTranslations.ts). */
const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

const StatusWordsSchema = v.object({ label: text, meaning: text });

export const DataWordsSchema = v.object({
  tags: v.record(v.string(), text),
  statuses: v.object(
    Object.fromEntries(STATUSES.map((s) => [s, StatusWordsSchema])) as Record<(typeof STATUSES)[number], typeof StatusWordsSchema>,
  ),
});

export const DataTranslationSchema = v.object({
  ...DataWordsSchema.entries,
  title: text,
  pageTitle: text,
  description: text,
  about: v.object({ sourcesNote: text, curation: v.array(text) }),
  events: v.record(v.string(), v.object({ title: text, label: text, note: v.optional(text) })),
  relations: v.optional(v.record(v.string(), v.object({ note: text })), {}),
});
