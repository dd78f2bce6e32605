import { readLinks } from './readLinks';
import type { DataProblem, Dataset, EventLink } from './types';

/**
 * Checks the links against a dataset already read (the page loads them after its first screen): both ends
 * among its events, the quote verbatim in its source. Links to an event left out for its own problem
 * (`rejected`) go with it, unreported. Apart from the dataset's validator (src/model/validateLinks.ts), so that
 * the page's chunk for links carries no more than this.
 */
export function validateLinks(
  raw: unknown,
  dataset: Dataset,
  rejected: ReadonlySet<string> = new Set(),
): { readonly links: readonly EventLink[]; readonly problems: readonly DataProblem[] } {
  return readLinks(raw, new Set(dataset.events.map((e) => e.id)), new Map(dataset.sources.map((s) => [s.id, s])), rejected);
}
