import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as prettier from 'prettier';
import { readDatasetFile } from '../src/exports/datasetJson';
import type { ImportRefusal } from '../src/exports/importRefusal';
import { describeProblem, formatPath } from '../src/model/problemWords';
import type { DataProblem } from '../src/model/types';
import type { DatasetInput } from '../src/model/validateDataset';
import { validateDatasetWithRelations } from '../src/model/validateRelations';
import { addMembers, appendItems } from './jsonSplice';
import { loadDatasetFiles } from './loadDatasetFiles';

/**
 * `npm run import-data FILE` and the dev server's "Save to project": a one-file dataset (src/exports/datasetJson.ts)
 * merged into a dataset folder. New sources (with their articles), events, relations and translations are added; a
 * record already there is left as it is when the file's is the same, and refused as a collision when it differs. The
 * merged whole is checked by the project's validator, timeline.json and translations included. On any problem,
 * nothing is written; otherwise every changed file is written beside itself under a temporary name and then renamed
 * over the old one. The new records are added at the end of each file, whose bytes before them stay as they were,
 * and the whole is formatted as Prettier formats the project's files (scripts/jsonSplice.ts).
 */

/** A problem with the import, in one line as `npm run validate-data` prints it, with the record and field it is in. */
export interface ImportProblem {
  readonly text: string;
  readonly eventId?: string;
  readonly sourceId?: string;
  /** The field as a curator writes it: `citations[0].quote`, `translations.ko.events.pact-1965.label`. */
  readonly field?: string;
  /** The validator's own problem, for a page to say in its reader's language; none for the import's own refusals. */
  readonly problem?: DataProblem;
  /** The import's own refusal, for a page to say in its reader's language; none for the validator's problems. */
  readonly refusal?: ImportRefusal;
}

/** How many records of a kind the file added, and how many it held that were there already, the same. */
export interface Tally {
  readonly added: number;
  readonly unchanged: number;
}

export interface ImportSummary {
  readonly sources: Tally;
  readonly events: Tally;
  readonly relations: Tally;
  /** Entries of the translations (an event's title and label, a relation's note, a tag's name…) by language. */
  readonly translations: Readonly<Record<string, Tally>>;
}

export type ImportResult =
  | {
      readonly ok: true;
      /** The files written, relative to the dataset folder, `/`-separated; none when the file added nothing. */
      readonly written: readonly string[];
      readonly summary: ImportSummary;
      readonly problems: readonly [];
    }
  | { readonly ok: false; readonly written: readonly []; readonly problems: readonly ImportProblem[] };

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** An article's file name: one name in the articles folder, never a path. */
const ARTICLE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/;
/** A language code as translations/ names its files. */
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const problem = (text: string, where: Omit<ImportProblem, 'text'> = {}): ImportProblem => ({ text, ...where });
const refused = (problems: readonly ImportProblem[]): ImportResult => ({ ok: false, written: [], problems });

const fromDataProblem = (p: DataProblem): ImportProblem => ({
  text: describeProblem(p),
  ...(p.eventId !== undefined && { eventId: p.eventId }),
  ...(p.sourceId !== undefined && { sourceId: p.sourceId }),
  field: formatPath(p.path),
  problem: p,
});

/** The fields of two records that differ, named. */
const differingFields = (a: Json, b: Json): string[] =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !isDeepStrictEqual(a[key], b[key]));

/** `relationKey` of a raw relation record (src/model/translations.ts): how relations are told apart. */
const rawRelationKey = (r: Json): string => `${String(r['from'])} ${String(r['kind'])} ${String(r['to'])} ${String(r['source'])}`;

interface Merged<T> {
  readonly records: T[];
  readonly tally: { added: number; unchanged: number };
}

/**
 * Adds each of `incoming` to `existing` by its key: new ones at the end, the same ones left alone, a different
 * record under a key already taken reported as a collision (the fields that differ named).
 */
function mergeRecords(
  existing: readonly unknown[],
  incoming: readonly unknown[],
  keyOf: (record: Json) => string | undefined,
  collision: (record: Json, fields: readonly string[]) => ImportProblem,
  problems: ImportProblem[],
): Merged<unknown> {
  const records = [...existing];
  const byKey = new Map<string, Json>();
  for (const record of existing) {
    const key = isRecord(record) ? keyOf(record) : undefined;
    if (key !== undefined && isRecord(record) && !byKey.has(key)) byKey.set(key, record);
  }
  const tally = { added: 0, unchanged: 0 };
  for (const record of incoming) {
    const key = isRecord(record) ? keyOf(record) : undefined;
    const there = key === undefined ? undefined : byKey.get(key);
    if (there !== undefined && isRecord(record)) {
      if (isDeepStrictEqual(there, record)) tally.unchanged += 1;
      else problems.push(collision(record, differingFields(there, record)));
      continue;
    }
    // A record with no key of its own is added as it is: the validator names what is wrong with it.
    records.push(record);
    tally.added += 1;
    if (key !== undefined && isRecord(record)) byKey.set(key, record);
  }
  return { records, tally };
}

/** The parts of a translation file whose entries are records of their own (an event's words, a relation's note). */
const RECORD_PARTS = ['events', 'relations', 'tags', 'statuses'] as const;

/** Entries added to a translation file: members of the part at `path` (the file itself when empty). */
interface Addition {
  readonly path: readonly string[];
  readonly members: [string, unknown][];
}

/** Merges one language's words from the file into the folder's: entry by entry in the parts above, whole otherwise. */
function mergeTranslation(
  language: string,
  existing: Json,
  incoming: Json,
  problems: ImportProblem[],
): { words: Json; tally: Tally; additions: Addition[] } {
  const words: Json = { ...existing };
  const tally = { added: 0, unchanged: 0 };
  const additions: Addition[] = [];
  const whole: [string, unknown][] = [];
  const differs = (path: string, eventId?: string) =>
    problems.push(
      problem(`translations.${language}.${path}: already in translations/${language}.json with different words`, {
        ...(eventId !== undefined && { eventId }),
        field: `translations.${language}.${path}`,
        refusal: { kind: 'words-differ', language, path },
      }),
    );
  for (const [part, value] of Object.entries(incoming)) {
    const there = words[part];
    if ((RECORD_PARTS as readonly string[]).includes(part) && isRecord(value) && (there === undefined || isRecord(there))) {
      const entries: Json = { ...(there ?? {}) };
      const added: [string, unknown][] = [];
      for (const [key, entry] of Object.entries(value)) {
        if (!Object.hasOwn(entries, key)) {
          entries[key] = entry;
          added.push([key, entry]);
        } else if (isDeepStrictEqual(entries[key], entry)) tally.unchanged += 1;
        else differs(`${part}.${key}`, part === 'events' ? key : undefined);
      }
      words[part] = entries;
      tally.added += added.length;
      if (added.length > 0) additions.push({ path: [part], members: added });
    } else if (there === undefined) {
      words[part] = value;
      tally.added += 1;
      whole.push([part, value]);
    } else if (isDeepStrictEqual(there, value)) tally.unchanged += 1;
    else differs(part);
  }
  if (whole.length > 0) additions.push({ path: [], members: whole });
  return { words, tally, additions };
}

interface Plan {
  readonly summary: ImportSummary;
  /** The files to write: path relative to the folder, and the content. */
  readonly files: ReadonlyMap<string, string>;
}

/** The merge, without writing: the files that would change, or the problems. */
async function planImport(json: unknown, dataDir: string): Promise<{ plan: Plan } | { problems: readonly ImportProblem[] }> {
  let file: DatasetInput;
  try {
    file = readDatasetFile(json);
  } catch (error) {
    return { problems: [problem(`The file ${error instanceof Error ? error.message : String(error)}`)] };
  }
  const shape: ImportProblem[] = [];
  for (const part of ['sources', 'events'] as const)
    if (!Array.isArray(file[part])) shape.push(problem(`The file is not a dataset: "${part}" must be a list`, { field: part }));
  if (file.relations !== undefined && !Array.isArray(file.relations))
    shape.push(problem('The file is not a dataset: "relations" must be a list', { field: 'relations' }));
  if (shape.length > 0) return { problems: shape };

  let folder: DatasetInput;
  try {
    folder = loadDatasetFiles(dataDir);
  } catch (error) {
    return { problems: [problem(`Cannot read the dataset in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`)] };
  }
  if (!Array.isArray(folder.sources) || !Array.isArray(folder.events) || !Array.isArray(folder.relations))
    return { problems: [problem(`The dataset in ${dataDir} is not one: sources.json, events.json and relations.json must be lists`)] };

  const problems: ImportProblem[] = [];
  const sources = mergeRecords(
    folder.sources,
    file.sources as unknown[],
    (r) => (typeof r['id'] === 'string' ? r['id'] : undefined),
    (r, fields) =>
      problem(`source "${String(r['id'])}": already in the dataset, with a different ${fields.join(', ')}`, {
        sourceId: String(r['id']),
        field: fields[0] ?? 'id',
        refusal: { kind: 'record-differs', record: 'source', name: String(r['id']), fields },
      }),
    problems,
  );
  const events = mergeRecords(
    folder.events,
    file.events as unknown[],
    (r) => (typeof r['id'] === 'string' ? r['id'] : undefined),
    (r, fields) =>
      problem(`event "${String(r['id'])}": already in the dataset, with a different ${fields.join(', ')}`, {
        eventId: String(r['id']),
        field: fields[0] ?? 'id',
        refusal: { kind: 'record-differs', record: 'event', name: String(r['id']), fields },
      }),
    problems,
  );
  const relations = mergeRecords(
    folder.relations,
    (file.relations ?? []) as unknown[],
    rawRelationKey,
    (r, fields) =>
      problem(`relation (${rawRelationKey(r)}): already in the dataset, with a different ${fields.join(', ')}`, {
        field: fields[0] ?? 'quote',
        refusal: { kind: 'record-differs', record: 'relation', name: rawRelationKey(r), fields },
      }),
    problems,
  );

  // The articles of the file's sources: a new one is written; one already there must be the same text, byte for byte.
  const texts: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, folder.texts);
  const newArticles = new Map<string, string>();
  for (const source of file.sources as unknown[]) {
    if (!isRecord(source) || typeof source['file'] !== 'string') continue;
    const name = source['file'];
    const sourceId = typeof source['id'] === 'string' ? { sourceId: source['id'] } : {};
    const text = file.texts[name];
    if (!ARTICLE_FILE.test(name)) {
      problems.push(
        problem(`source "${String(source['id'])}", file: "${name}" is not an article's file name (letters, digits, . _ -, ending .txt)`, {
          ...sourceId,
          field: 'file',
          refusal: { kind: 'article-name', name: String(source['id']), file: name },
        }),
      );
      continue;
    }
    if (text === undefined) continue; // the validator says the text is missing
    const there = texts[name];
    if (there === undefined) {
      newArticles.set(name, text);
      texts[name] = text;
    } else if (there !== text)
      problems.push(
        problem(`source "${String(source['id'])}", file: articles/${name} already holds a different text`, {
          ...sourceId,
          field: 'file',
          refusal: { kind: 'article-differs', name: String(source['id']), file: name },
        }),
      );
  }

  // Translations: merged language by language into the folder's files, for the languages timeline.json declares.
  const translations: Record<string, unknown> = { ...(folder.translations ?? {}) };
  const languages =
    isRecord(folder.timeline) && Array.isArray(folder.timeline['languages']) ? (folder.timeline['languages'] as unknown[]) : [];
  const translationTally: Record<string, Tally> = {};
  const translationAdditions: Record<string, Addition[]> = {};
  for (const [language, words] of Object.entries(file.translations ?? {})) {
    if (!LANGUAGE.test(language) || !languages.includes(language)) {
      problems.push(
        problem(`translations.${language}: timeline.json does not list "${language}" among the timeline's languages`, {
          field: `translations.${language}`,
          refusal: { kind: 'language-unknown', language },
        }),
      );
      continue;
    }
    const there = translations[language] ?? {};
    if (!isRecord(words) || !isRecord(there)) continue; // readDatasetFile and loadDatasetFiles made sure of it
    const merged = mergeTranslation(language, there, words, problems);
    translations[language] = merged.words;
    translationTally[language] = merged.tally;
    translationAdditions[language] = merged.additions;
  }
  if (problems.length > 0) return { problems };

  const merged: DatasetInput = {
    sources: sources.records,
    events: events.records,
    relations: relations.records,
    texts,
    ...(folder.timeline !== undefined && { timeline: folder.timeline }),
    translations,
  };
  const checked = validateDatasetWithRelations(merged);
  if (checked.problems.length > 0) return { problems: checked.problems.map(fromDataProblem) };

  // Only what changed is written, each file's new records added after its own bytes: importing the same file
  // twice writes nothing the second time.
  const files = new Map<string, string>();
  const write = async (path: string, change: (text: string) => string, expected: unknown): Promise<void> => {
    const full = join(dataDir, path);
    const before = existsSync(full) ? readFileSync(full, 'utf8') : '{}\n';
    // The folder's own Prettier configuration, or the project's for a folder outside it (a copy).
    const options = (await prettier.resolveConfig(full)) ?? (await prettier.resolveConfig(join(PROJECT_ROOT, 'src/data', path))) ?? {};
    const text = await prettier.format(change(before), { ...options, filepath: full });
    if (!isDeepStrictEqual(JSON.parse(text), expected)) throw new Error(`${path} would not hold what was merged`);
    if (text !== before) files.set(path, text);
  };
  const added = (merged: Merged<unknown>) => merged.records.slice(merged.records.length - merged.tally.added);
  if (sources.tally.added > 0) await write('sources.json', (text) => appendItems(text, added(sources)), sources.records);
  if (events.tally.added > 0) await write('events.json', (text) => appendItems(text, added(events)), events.records);
  if (relations.tally.added > 0) await write('relations.json', (text) => appendItems(text, added(relations)), relations.records);
  for (const [language, additions] of Object.entries(translationAdditions))
    if (additions.length > 0)
      await write(
        `translations/${language}.json`,
        (text) => additions.reduce((t, { path, members }) => addMembers(t, path, members), text),
        translations[language],
      );
  for (const [name, text] of newArticles) files.set(`articles/${name}`, text);

  return {
    plan: {
      files,
      summary: { sources: sources.tally, events: events.tally, relations: relations.tally, translations: translationTally },
    },
  };
}

/**
 * Writes every file or none: each is first written in full beside its target under a temporary name; only when
 * all are written are they renamed over their targets (a rename within a folder is atomic). If a write fails, the
 * temporary files are removed and the folder is as it was.
 */
function writeAll(dataDir: string, files: ReadonlyMap<string, string>): string[] {
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staged: { temp: string; target: string; path: string }[] = [];
  try {
    for (const [path, text] of files) {
      const target = join(dataDir, path);
      const temp = join(target, '..', `.${path.split('/').at(-1) ?? 'file'}.${tag}.tmp`);
      staged.push({ temp, target, path });
      writeFileSync(temp, text, { flag: 'wx' });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, target } of staged) renameSync(temp, target);
  return staged.map(({ path }) => path);
}

/** Imports a parsed one-file dataset into the dataset folder `dataDir` (see the module's comment). */
export async function importDataset(json: unknown, dataDir: string): Promise<ImportResult> {
  let planned: Awaited<ReturnType<typeof planImport>>;
  try {
    planned = await planImport(json, dataDir);
  } catch (error) {
    return refused([problem(`Could not merge the file into ${dataDir}: ${error instanceof Error ? error.message : String(error)}`)]);
  }
  if ('problems' in planned) return refused(planned.problems);
  let written: string[];
  try {
    written = writeAll(dataDir, planned.plan.files);
  } catch (error) {
    return refused([problem(`Could not write the dataset in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`)]);
  }
  return { ok: true, written, summary: planned.plan.summary, problems: [] };
}

/** Imports a one-file dataset from its text: a text that is not JSON is refused with what the parser said. */
export async function importDatasetText(text: string, dataDir: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refused([problem(`The file is not valid JSON (${error instanceof Error ? error.message : String(error)})`)]);
  }
  return importDataset(json, dataDir);
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The summary in lines of English, as `npm run import-data` prints it. */
export function describeImport(result: Extract<ImportResult, { ok: true }>, dataDir: string, cwd = process.cwd()): string[] {
  const { sources, events, relations, translations } = result.summary;
  const tally = (t: Tally, one: string, many: string) => `${count(t.added, one, many)} added (${t.unchanged} already there)`;
  const inside = relative(cwd, dataDir);
  const folder = inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? dataDir : inside;
  return [
    `Sources: ${tally(sources, 'source', 'sources')}`,
    `Events: ${tally(events, 'event', 'events')}`,
    `Relations: ${tally(relations, 'relation', 'relations')}`,
    ...Object.entries(translations).map(([language, t]) => `Translations (${language}): ${tally(t, 'entry', 'entries')}`),
    result.written.length === 0
      ? `Nothing to write: ${folder} already holds everything in the file.`
      : `Wrote ${result.written.map((path) => join(folder, path)).join(', ')}.`,
  ];
}
