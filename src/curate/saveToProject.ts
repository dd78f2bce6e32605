import type { DatasetFile } from '../exports/datasetJson';
import { type ImportRefusal, readImportRefusal } from '../exports/importRefusal';
import { PROBLEM_KINDS } from '../model/problemKinds';
import type { DataProblem } from '../model/types';

/**
 * "Save to project", in `npm run dev` only: the workbench posts its dataset, in the project's one-file format, to
 * the dev server (scripts/curateSavePlugin.ts), which imports it into src/data exactly as `npm run import-data` does:
 * checked whole first, written atomically, or refused with nothing written. The built site has no such address, and
 * the page shows the button only when `import.meta.env.DEV`.
 */
export const SAVE_TO_PROJECT_PATH = '/__curate/save';

/** A problem the import found, as `npm run validate-data` words it (English, from the validator), with its place. */
export interface SaveProblem {
  readonly text: string;
  readonly eventId?: string;
  readonly sourceId?: string;
  /** The field as a curator writes it: `citations[0].quote`. */
  readonly field?: string;
  /** The validator's own problem, said in the page's language; none for the import's own refusals (a collision). */
  readonly problem?: DataProblem;
  /** The import's own refusal (a collision), said in the page's language; none for the validator's problems. */
  readonly refusal?: ImportRefusal;
}

/**
 * Why a save did not happen, for the page to say in the reader's words:
 * - `refused`: the dataset has problems (listed), or a record collides with one already in the project;
 * - `not-allowed`: the server refused the request itself (another origin, not JSON, too large);
 * - `unreachable`: no dev server answered (the built site, or the server stopped);
 * - `bad-answer`: something answered, but not the dev server's save.
 */
export type SaveFailure = 'refused' | 'not-allowed' | 'unreachable' | 'bad-answer';

/** The dev server's answer: `{ ok, written, problems }`, the files written relative to src/data. */
export interface SaveAnswer {
  readonly ok: boolean;
  readonly written: readonly string[];
  readonly problems: readonly SaveProblem[];
}

export type SaveResult = (SaveAnswer & { readonly ok: true }) | (SaveAnswer & { readonly ok: false; readonly failure: SaveFailure });

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The validator's problem as the answer gives it, if it has that shape: its kind, place and message, and its record. */
function readDataProblem(value: unknown): DataProblem | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, path, message, eventId, sourceId } = value as Record<string, unknown>;
  if (!(PROBLEM_KINDS as readonly unknown[]).includes(kind) || typeof message !== 'string') return undefined;
  if (!Array.isArray(path) || !path.every((step) => typeof step === 'string' || typeof step === 'number')) return undefined;
  return {
    kind: kind as DataProblem['kind'],
    path: path as (string | number)[],
    message,
    ...(typeof eventId === 'string' && { eventId }),
    ...(typeof sourceId === 'string' && { sourceId }),
  };
}

/** The answer's body, if it is the dev server's: anything else is not trusted as one. */
export function readSaveAnswer(body: unknown): SaveAnswer | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { ok, written, problems } = body as Record<string, unknown>;
  if (typeof ok !== 'boolean' || !isStringList(written) || !Array.isArray(problems)) return undefined;
  const read: SaveProblem[] = [];
  for (const p of problems as unknown[]) {
    if (typeof p !== 'object' || p === null) return undefined;
    const { text, eventId, sourceId, field, problem, refusal } = p as Record<string, unknown>;
    if (typeof text !== 'string') return undefined;
    const validators = readDataProblem(problem);
    const importers = readImportRefusal(refusal);
    read.push({
      text,
      ...(typeof eventId === 'string' && { eventId }),
      ...(typeof sourceId === 'string' && { sourceId }),
      ...(typeof field === 'string' && { field }),
      ...(validators && { problem: validators }),
      ...(importers && { refusal: importers }),
    });
  }
  return { ok, written, problems: read };
}

/** Posts the dataset to the dev server and gives its answer, typed; never throws. */
export async function saveToProject(file: DatasetFile, send: typeof fetch = fetch): Promise<SaveResult> {
  let response: Response;
  try {
    response = await send(SAVE_TO_PROJECT_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(file),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    return { ok: false, failure: 'unreachable', written: [], problems: [] };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const answer = readSaveAnswer(body);
  if (answer === undefined)
    return { ok: false, failure: response.status === 404 ? 'unreachable' : 'bad-answer', written: [], problems: [] };
  if (answer.ok && response.ok) return { ...answer, ok: true };
  const failure: SaveFailure = response.status === 422 ? 'refused' : response.ok ? 'bad-answer' : 'not-allowed';
  return { ...answer, ok: false, failure };
}
