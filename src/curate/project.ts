import * as v from 'valibot';
import { EventSchema, RelationSchema, type RawEvent, type RawRelation, type RawSource } from '../model/schema';
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

export interface CurateProject {
  readonly sources: readonly DraftSource[];
  readonly events: readonly RawEvent[];
  readonly relations: readonly RawRelation[];
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
  relations: v.array(v.looseObject({ from: v.string(), to: v.string() })),
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

/**
 * The events' words in the timeline's other languages as a one-file dataset carries them (`DatasetFile.translations`),
 * for the events `ids` (all the project's when not given): each field trimmed, a note only where the English event
 * has one, an event with nothing typed left out, a language with no event left out.
 */
export function fileTranslations(
  project: CurateProject,
  ids?: ReadonlySet<string>,
): Record<string, { events: Record<string, { title: string; label: string; note?: string }> }> {
  const out: Record<string, { events: Record<string, { title: string; label: string; note?: string }> }> = {};
  for (const [language, byEvent] of Object.entries(project.translations ?? {})) {
    const events: Record<string, { title: string; label: string; note?: string }> = {};
    for (const event of project.events) {
      if (ids !== undefined && !ids.has(event.id)) continue;
      const words = byEvent[event.id];
      const title = words?.title?.trim() ?? '';
      const label = words?.label?.trim() ?? '';
      const note = words?.note?.trim() ?? '';
      if (title === '' && label === '' && note === '') continue;
      events[event.id] = { title, label, ...(event.note !== undefined && note !== '' && { note }) };
    }
    if (Object.keys(events).length > 0) out[language] = { events };
  }
  return out;
}

/** The project as the validator reads the dataset files. */
export function projectInput(project: CurateProject): DatasetInput {
  const texts: Record<string, string> = Object.create(null);
  for (const s of project.sources) texts[s.file] = s.text;
  return { sources: project.sources.map(rawSource), events: project.events, relations: project.relations, texts };
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

/** The events that cite only `sourceId`: removing the source leaves them with no citation. */
export const orphanedBy = (project: CurateProject, sourceId: string): RawEvent[] =>
  project.events.filter((e) => e.citations.length > 0 && e.citations.every((c) => c.source === sourceId));

// Re-exported for the forms, which check a record's fields against the dataset's own schema.
export { EventSchema, RelationSchema };
