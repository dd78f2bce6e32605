import * as v from 'valibot';
import { EventSchema, RelationSchema, type RawEvent, type RawRelation, type RawSource } from '../model/schema';
import { type DataTranslation, relationKey } from '../model/translations';
import type { DatasetInput } from '../model/validateDataset';

/**
 * A curation project: the sources a curator added (their texts exactly as given), the draft events and links
 * made from them, and the curator's corrections of the date finder's readings. It is what the workbench saves,
 * undoes and redoes, and what the project's validator checks on every change.
 */
export interface DraftSource extends RawSource {
  /** The article's full text, exactly as given: what quotes are compared against. */
  readonly text: string;
}

/** A curator's reading of date words in a source, in place of the finder's: at `start`–`end` of its text. */
export interface DateCorrection {
  readonly start: number;
  readonly end: number;
  /** ISO at its precision (`2019`, `2019-11`, `2019-W48`, `2019-11-22`). */
  readonly date: string;
}

/** An event's words in another language, as the curator has typed them so far (an empty field is left out). */
export interface EventWords {
  readonly title?: string;
  readonly label?: string;
  readonly note?: string;
}

/**
 * A link between events as the workbench holds it: the dataset's relation, with its note in the timeline's other
 * languages as typed so far (by language; an empty one left out). They travel with the link: a link removed takes
 * them along, an event renamed leaves them in place.
 */
export interface DraftRelation extends RawRelation {
  readonly translatedNotes?: Readonly<Record<string, string>>;
}

export interface CurateProject {
  readonly sources: readonly DraftSource[];
  readonly events: readonly RawEvent[];
  readonly relations: readonly DraftRelation[];
  /** By source id. */
  readonly corrections: Readonly<Record<string, readonly DateCorrection[]>>;
  /**
   * The events' words in the timeline's other languages: by language, then by event id. Absent from a project
   * saved before the workbench took translations, which reads as none typed yet.
   */
  readonly translations?: Readonly<Record<string, Readonly<Record<string, EventWords>>>>;
}

export const EMPTY_PROJECT: CurateProject = { sources: [], events: [], relations: [], corrections: {} };

const DraftSourceSchema = v.object({
  id: v.string(),
  file: v.string(),
  publisher: v.string(),
  headline: v.string(),
  byline: v.string(),
  publishedAsPrinted: v.string(),
  published: v.string(),
  text: v.string(),
});

const CorrectionSchema = v.object({ start: v.number(), end: v.number(), date: v.string() });

const EventWordsSchema = v.object({ title: v.optional(v.string()), label: v.optional(v.string()), note: v.optional(v.string()) });

/**
 * The shape of a stored project. Events and relations are held loosely (a draft may lack what the validator
 * asks for), but each must be a record of the dataset's shape where it has a field.
 */
const ProjectSchema = v.object({
  sources: v.array(DraftSourceSchema),
  events: v.array(v.looseObject({ id: v.string(), citations: v.array(v.unknown()) })),
  relations: v.array(v.looseObject({ from: v.string(), to: v.string(), translatedNotes: v.optional(v.record(v.string(), v.string())) })),
  corrections: v.record(v.string(), v.array(CorrectionSchema)),
  translations: v.optional(v.record(v.string(), v.record(v.string(), EventWordsSchema))),
});

/** A stored value read back as a project, or undefined when it is not one (a corrupted record). */
export function checkProject(value: unknown): CurateProject | undefined {
  const parsed = v.safeParse(ProjectSchema, value);
  if (!parsed.success) return undefined;
  // Held as the dataset's records; anything wrong inside them is the validator's to report, field by field.
  return value as CurateProject;
}

/** A language's words in a one-file dataset, as its translation file has them: its events' and its links'. */
export type FileTranslation = Pick<DataTranslation, 'events'> & Partial<Pick<DataTranslation, 'relations'>>;

/** The key a link's notes in other languages are filed under (`relationKey`), from its record as the project holds it. */
export const draftRelationKey = (relation: RawRelation): string => relationKey({ ...relation, sourceId: relation.source });

/**
 * The events' and links' words in the timeline's other languages as a one-file dataset carries them
 * (`DatasetFile.translations`), for the events and links `kept` (by id and by relationKey; all the project's where
 * not given): each field trimmed, a note only where the English has one, an event with nothing typed left out, a
 * language with nothing left out.
 */
export function fileTranslations(
  project: CurateProject,
  kept: { readonly events?: ReadonlySet<string>; readonly relations?: ReadonlySet<string> } = {},
): Record<string, FileTranslation> {
  const out: Record<string, FileTranslation> = {};
  const languages = new Set([
    ...Object.keys(project.translations ?? {}),
    ...project.relations.flatMap((r) => Object.keys(r.translatedNotes ?? {})),
  ]);
  for (const language of languages) {
    const byEvent = project.translations?.[language] ?? {};
    const events: Record<string, { title: string; label: string; note?: string }> = {};
    for (const event of project.events) {
      if (kept.events && !kept.events.has(event.id)) continue;
      const words = byEvent[event.id];
      const title = words?.title?.trim() ?? '';
      const label = words?.label?.trim() ?? '';
      const note = words?.note?.trim() ?? '';
      if (title === '' && label === '' && note === '') continue;
      events[event.id] = { title, label, ...(event.note !== undefined && note !== '' && { note }) };
    }
    const relations: Record<string, { note: string }> = {};
    for (const r of project.relations) {
      const note = r.translatedNotes?.[language]?.trim() ?? '';
      const key = draftRelationKey(r);
      if (r.note === undefined || note === '' || (kept.relations && !kept.relations.has(key))) continue;
      relations[key] = { note };
    }
    const hasRelations = Object.keys(relations).length > 0;
    if (Object.keys(events).length > 0 || hasRelations) out[language] = { events, ...(hasRelations && { relations }) };
  }
  return out;
}

/** The project as the validator reads the dataset files. */
export function projectInput(project: CurateProject): DatasetInput {
  const texts: Record<string, string> = Object.create(null);
  for (const s of project.sources) texts[s.file] = s.text;
  return { sources: project.sources.map(rawSource), events: project.events, relations: project.relations.map(rawRelation), texts };
}

export const rawSource = ({ id, file, publisher, headline, byline, publishedAsPrinted, published }: DraftSource): RawSource => ({
  id,
  file,
  publisher,
  headline,
  byline,
  publishedAsPrinted,
  published,
});

/** A link as the dataset records it, without the workbench's notes in other languages. */
export const rawRelation = ({ kind, from, to, source, quote, note }: DraftRelation): RawRelation => ({
  kind,
  from,
  to,
  source,
  quote,
  ...(note !== undefined && { note }),
});

/** The events that cite only `sourceId`: removing the source leaves them with no citation. */
export const orphanedBy = (project: CurateProject, sourceId: string): RawEvent[] =>
  project.events.filter((e) => e.citations.length > 0 && e.citations.every((c) => c.source === sourceId));

// Re-exported for the forms, which check a record's fields against the dataset's own schema.
export { EventSchema, RelationSchema };
