import * as v from 'valibot';
import { LABEL_MAX_LENGTH } from './schema';
import { DataTranslationSchema, DataWordsSchema } from './translationSchema';
import { relationEnds, relationKey } from './translations';
import type { DataProblem, Relation, Status, TimelineEvent } from './types';
import { STATUSES } from './types';

/** What the translations are checked against: the dataset that stands, and the timeline's own words. */
export interface TranslationContext {
  /** The languages the timeline is read in (src/data/timeline.json); the first is the dataset's own. */
  readonly languages: readonly string[];
  readonly events: readonly TimelineEvent[];
  /** Events left out for a problem of their own: their translations are neither required nor strays. */
  readonly rejected?: ReadonlySet<string>;
  readonly relations: readonly Relation[];
  readonly tags: readonly string[];
  /** How many points the About text's curation list has in the dataset's own language (unknown for a one-file dataset). */
  readonly curationPoints?: number;
}

/**
 * Checks the translation files against the dataset: every language the timeline declares has the tags' and
 * statuses' names; each language other than the dataset's own has every event's title and label (at most
 * LABEL_MAX_LENGTH characters, counted in code points), a note wherever the event has one, every relation's
 * note, and the timeline's title and About text, point for point; and names nothing the dataset does not hold.
 * A missing translation leaves the event as it is (shown in its own words) and is reported.
 */
export function validateTranslations(files: Readonly<Record<string, unknown>>, context: TranslationContext): DataProblem[] {
  const problems: DataProblem[] = [];
  const [own, ...others] = context.languages;
  const report = (path: (string | number)[], message: string, kind: DataProblem['kind'] = 'missing-translation', eventId?: string) =>
    problems.push({ kind, path: ['translations', ...path], message, ...(eventId !== undefined && { eventId }) });

  for (const language of context.languages) {
    const file = files[language];
    if (file === undefined) {
      report([language], `no translations/${language}.json, though timeline.json names ${language} among its languages`);
      continue;
    }
    const schema = language === own ? DataWordsSchema : DataTranslationSchema;
    const parsed = v.safeParse(schema, file);
    if (!parsed.success) {
      for (const issue of parsed.issues) {
        const path = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
        const isLabel = path.at(-1) === 'label' && path[0] === 'events';
        report([language, ...path], issue.message, isLabel ? 'label-too-long' : 'shape', isLabel ? String(path[1]) : undefined);
      }
      continue;
    }
    const words = parsed.output;
    for (const tag of context.tags) if (words.tags[tag] === undefined) report([language, 'tags', tag], `no name for the tag "${tag}"`);
    for (const tag of Object.keys(words.tags))
      if (!context.tags.includes(tag))
        report([language, 'tags', tag], `names a tag "${tag}" that timeline.json does not list`, 'unknown-translation');
    for (const status of STATUSES as readonly Status[])
      if (words.statuses[status] === undefined) report([language, 'statuses', status], `no words for the status "${status}"`);
    if (language !== own && others.includes(language) && 'events' in words) checkTranslation(language, words, context, report);
  }
  return problems;
}

type Report = (path: (string | number)[], message: string, kind?: DataProblem['kind'], eventId?: string) => void;

function checkTranslation(
  language: string,
  words: Pick<v.InferOutput<typeof DataTranslationSchema>, 'events' | 'relations'> & {
    readonly about?: { readonly curation: readonly string[] } | undefined;
  },
  context: TranslationContext,
  report: Report,
): void {
  for (const event of context.events) {
    const local = words.events[event.id];
    if (!local) {
      report([language, 'events', event.id], `no ${language} title and label for the event "${event.id}"`, 'missing-translation', event.id);
      continue;
    }
    if ([...local.label].length > LABEL_MAX_LENGTH)
      report([language, 'events', event.id, 'label'], `must be at most ${LABEL_MAX_LENGTH} characters`, 'label-too-long', event.id);
    if (event.note !== undefined && local.note === undefined)
      report(
        [language, 'events', event.id, 'note'],
        `no ${language} note for the event "${event.id}", which has one`,
        'missing-translation',
        event.id,
      );
  }
  const ids = new Set([...context.events.map((e) => e.id), ...(context.rejected ?? [])]);
  for (const id of Object.keys(words.events))
    if (!ids.has(id)) report([language, 'events', id], `translates an event "${id}" that the dataset does not hold`, 'unknown-translation');
  const noted = new Set(context.relations.filter((r) => r.note !== undefined).map(relationKey));
  for (const key of noted)
    if (words.relations[key] === undefined) report([language, 'relations', key], `no ${language} note for the relation "${key}"`);
  // A relation to an event left out goes with it, unreported: so does its note's translation.
  const touchesRejected = ({ from, to }: { readonly from: string; readonly to: string }) =>
    context.rejected?.has(from) === true || context.rejected?.has(to) === true;
  for (const key of Object.keys(words.relations))
    if (!noted.has(key) && !touchesRejected(relationEnds(key)))
      report([language, 'relations', key], `translates the note of a relation "${key}" that has none`, 'unknown-translation');
  if (words.about !== undefined && context.curationPoints !== undefined && words.about.curation.length !== context.curationPoints)
    report([language, 'about', 'curation'], `has ${words.about.curation.length} points where timeline.json has ${context.curationPoints}`);
}

/** The part of a language's words a one-file dataset may carry: any of the file's parts, each whole. */
const FileTranslationSchema = v.partial(DataTranslationSchema);

/**
 * Checks the translations a one-file dataset carries (`DatasetFile.translations`), which come without the
 * timeline's description: each language's parts have the shape of translations/<language>.json; a language that
 * translates events translates them as the folder's must (every event's title and label, labels at most
 * LABEL_MAX_LENGTH characters, a note wherever the event has one, every relation's note, nothing the dataset does
 * not hold). Tags and the About text are checked against timeline.json once the file is imported.
 */
export function validateFileTranslations(
  files: Readonly<Record<string, unknown>>,
  context: Pick<TranslationContext, 'events' | 'rejected' | 'relations'>,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const report: Report = (path, message, kind = 'missing-translation', eventId) =>
    problems.push({ kind, path: ['translations', ...path], message, ...(eventId !== undefined && { eventId }) });
  for (const [language, file] of Object.entries(files)) {
    const parsed = v.safeParse(FileTranslationSchema, file);
    if (!parsed.success) {
      for (const issue of parsed.issues) {
        const path = (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));
        const isLabel = path.at(-1) === 'label' && path[0] === 'events';
        report([language, ...path], issue.message, isLabel ? 'label-too-long' : 'shape', isLabel ? String(path[1]) : undefined);
      }
      continue;
    }
    const { events, relations } = parsed.output;
    if (events !== undefined)
      checkTranslation(language, { events, relations: relations ?? {} }, { ...context, languages: [], tags: [] }, report);
  }
  return problems;
}
