import { readRelations } from './readRelations';
import type { DataProblem, Dataset, Relation } from './types';

/**
 * Checks the relations against a dataset already read (the page loads them after its first screen): both ends
 * among its events, the quote verbatim in its source. Relations to an event left out for its own problem
 * (`rejected`) go with it, unreported. Apart from the dataset's validator (src/model/validateRelations.ts), so that
 * the page's chunk for relations carries no more than this.
 */
export function validateRelations(
  raw: unknown,
  dataset: Dataset,
  rejected: ReadonlySet<string> = new Set(),
): { readonly relations: readonly Relation[]; readonly problems: readonly DataProblem[] } {
  return readRelations(raw, new Set(dataset.events.map((e) => e.id)), new Map(dataset.sources.map((s) => [s.id, s])), rejected);
}
