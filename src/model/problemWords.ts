import type { DataProblem, ProblemPath } from './types';

/** Says where a quote stops matching its source, so a curator can find the changed word. */
export function describeMismatch(quote: string, text: string): string {
  let lo = 0;
  let hi = quote.length;
  // The longest prefix of the quote that occurs in the text (a prefix of a match is a match).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  // Report from the start of the word that differs, not from its first differing letter.
  lo = quote.lastIndexOf(' ', lo) + 1;
  if (lo < 8) return `"${quote.slice(0, 40)}…" does not occur`;
  return `it matches up to "…${quote.slice(Math.max(0, lo - 30), lo)}" and then differs at "${quote.slice(lo, lo + 30)}…"`;
}

/** A field path as a curator writes it: `citations[0].quote`, `bounds.latest.words`. */
export function formatPath(path: ProblemPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

/** The record a problem is in, as the data names it: `event "pact-1965"`, `events[3]`, `relations[4] (a precedes b)`. */
function describeRecord(p: DataProblem): string | undefined {
  if (p.eventId !== undefined) return `event "${p.eventId}"`;
  if (p.eventIndex !== undefined) return `events[${p.eventIndex}]`;
  if (p.sourceId !== undefined) return `source "${p.sourceId}"`;
  if (p.sourceIndex !== undefined) return `sources[${p.sourceIndex}]`;
  if (p.relationIndex === undefined && p.relation === undefined) return undefined;
  const ends = p.relation ? ` (${p.relation.from} ${p.relation.kind} ${p.relation.to})` : '';
  return `${p.relationIndex === undefined ? 'relation' : `relations[${p.relationIndex}]`}${ends}`;
}

/** Where a problem is: `event "gsomia-extension", citations[0].quote`. */
export function describeWhere(p: DataProblem): string {
  const record = describeRecord(p);
  return record === undefined ? formatPath(p.path) : `${record}, ${formatPath(p.path)}`;
}

/** A problem in one line, as `npm run validate-data` prints it and the page lists it. */
export const describeProblem = (p: DataProblem): string => `${describeWhere(p)}: ${p.message}`;
