import type * as v from 'valibot';
import type { ProblemKind } from './problemKinds';
import type { DataProblem, ProblemPath } from './types';

/** What names a record in its problems: its id when it has one, its place in its file. */
export type RecordName = Pick<DataProblem, 'eventId' | 'eventIndex' | 'sourceId' | 'sourceIndex' | 'relationIndex' | 'relation'>;

/** Reports a problem of the record being read, at a field inside it. */
export type ReportProblem = (kind: ProblemKind, path: ProblemPath, message: string) => void;

/** The problems of one record, and the `report` that adds one, named by the record. */
export function recordProblems(name: RecordName): { readonly problems: DataProblem[]; readonly report: ReportProblem } {
  const problems: DataProblem[] = [];
  return { problems, report: (kind, path, message) => void problems.push({ kind, path, message, ...name }) };
}

/** The id a raw record gives itself, when it is a non-empty string (even one that is no slug). */
export function idOf(raw: unknown): string | undefined {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * The schema's issues as problems, each at its field and of the kind its check names. An entry that is
 * not a record at all has no field: its problem names its place in the file (`slot`) instead.
 */
export function schemaProblems(issues: readonly v.BaseIssue<unknown>[], name: RecordName, slot: ProblemPath): DataProblem[] {
  return issues.map((issue) => {
    const path = issuePath(issue);
    if (path.length === 0) return { kind: 'not-a-record', path: slot, message: issue.message };
    return { kind: kindOfIssue(issue.type, path), path, message: issue.message, ...name };
  });
}

/** Where a schema issue is, as a problem's path: `['citations', 0, 'quote']`. */
export const issuePath = (issue: v.BaseIssue<unknown>): ProblemPath =>
  (issue.path ?? []).map((item) => (typeof item.key === 'number' ? item.key : String(item.key)));

function kindOfIssue(type: string, path: ProblemPath): ProblemKind {
  const field = path.at(-1);
  if (type === 'max_length' && field === 'label') return 'label-too-long';
  if (type === 'min_length') return field === 'citations' ? 'no-citation' : 'empty-text';
  if (type === 'picklist') return 'not-in-vocabulary';
  return 'shape';
}
