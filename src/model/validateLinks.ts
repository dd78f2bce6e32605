import { readLinks } from './readLinks';
import type { DataProblem, Dataset, EventLink } from './types';
import { type DatasetInput, type ValidationResult, validateDataset } from './validateDataset';

/**
 * Checks the links against a dataset already read (the page loads them after its first screen): both ends
 * among its events, the quote verbatim in its source. Links to an event left out for its own problem
 * (`rejected`) go with it, unreported.
 */
export function validateLinks(
  raw: unknown,
  dataset: Dataset,
  rejected: ReadonlySet<string> = new Set(),
): { readonly links: readonly EventLink[]; readonly problems: readonly DataProblem[] } {
  return readLinks(raw, new Set(dataset.events.map((e) => e.id)), new Map(dataset.sources.map((s) => [s.id, s])), rejected);
}

/** The whole dataset, events and links, as `npm run validate-data` and the tests check it. */
export function validateDatasetWithLinks(input: DatasetInput): ValidationResult {
  const read = validateDataset(input);
  const { links, problems } = validateLinks(input.links, read.dataset, read.rejected);
  return { ...read, dataset: { ...read.dataset, links }, problems: [...read.problems, ...problems] };
}
