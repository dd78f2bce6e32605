import { type ReactNode, useId } from 'react';
import type { DataProblem } from '../model/types';
import { ProblemWords } from './ProblemWords';

/** A form's problems, field by field: the lines shown beside a field, and what ties them to it. */
export interface FieldProblems {
  /** The form's own id, for its fields' ids. */
  readonly id: string;
  /** `true` (for `aria-invalid`) when the field has a problem. */
  invalid(field: string): true | undefined;
  /** The ids of the field's problem lines and of `more` descriptions, for `aria-describedby`. */
  describedBy(field: string, ...more: (string | undefined | false)[]): string | undefined;
  /** The field's problems, each a line of its own (`data-problem-field`). */
  lines(field: string): ReactNode;
}

/** Files `problems` by the field `fieldOf` gives each, for a form to show beside its fields. */
export function useFieldProblems(problems: readonly DataProblem[], fieldOf: (problem: DataProblem) => string): FieldProblems {
  const id = useId();
  const of = (field: string): readonly DataProblem[] => problems.filter((p) => fieldOf(p) === field);
  const problemId = (field: string, i: number) => `${id}-${field}-problem-${i}`;
  return {
    id,
    invalid: (field) => (of(field).length > 0 ? true : undefined),
    describedBy: (field, ...more) => {
      const ids = [...of(field).map((_, i) => problemId(field, i)), ...more.filter((m): m is string => !!m)];
      return ids.length > 0 ? ids.join(' ') : undefined;
    },
    lines: (field) =>
      of(field).map((p, i) => (
        <p key={i} id={problemId(field, i)} className="curate-problem" data-problem-field={field}>
          <ProblemWords problem={p} />
        </p>
      )),
  };
}
