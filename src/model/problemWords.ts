import type * as v from 'valibot';

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

/** Where a schema issue is, as a field path: `citations[0].quote`. */
export function pathOf(issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  return (
    path
      .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
      .join('')
      .replace(/^\./, '') || '(record)'
  );
}
