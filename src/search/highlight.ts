import { normalizeText, wordsOf } from './normalize';

/** A piece of a text, and whether it is a word (or the start of one) that the search looked for. */
export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

/**
 * A text cut into parts, the words that start with a searched term marked (in a word that starts with it, the
 * part that does: "GSOM" marks "GSOM" of "GSOMIA"). Offsets are the text's own, so the parts join up to it.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  if (terms.length === 0) return [{ text, match: false }];
  for (const { word, index } of wordsOf(text)) {
    const normalized = normalizeText(word);
    const term = terms.find((t) => normalized.startsWith(t));
    if (!term) continue;
    // The length in the original text of the matching start: normalization may change lengths, so grow until it matches.
    let length = Math.min(term.length, word.length);
    while (length < word.length && normalizeText(word.slice(0, length)).length < term.length) length++;
    if (index > at) parts.push({ text: text.slice(at, index), match: false });
    parts.push({ text: text.slice(index, index + length), match: true });
    at = index + length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** How many words of a text start with a searched term, and whether every term starts one of them. */
export function countMatches(text: string, terms: readonly string[]): { count: number; allTerms: boolean } {
  const found = new Set<string>();
  let count = 0;
  for (const { word } of wordsOf(text)) {
    const normalized = normalizeText(word);
    const term = terms.find((t) => normalized.startsWith(t));
    if (term === undefined) continue;
    count++;
    for (const t of terms) if (normalized.startsWith(t)) found.add(t);
  }
  return { count, allTerms: terms.length > 0 && terms.every((t) => found.has(t)) };
}

/** How much text a snippet keeps on each side of its first match. */
const SNIPPET_SIDE = 60;

/**
 * A short piece of a longer text around its first match, cut at word boundaries with "…" where cut, its
 * matches marked; undefined when nothing in the text matches.
 */
export function snippetParts(text: string, terms: readonly string[]): TextPart[] | undefined {
  const parts = highlightParts(text, terms);
  const first = parts.findIndex((p) => p.match);
  if (first < 0) return undefined;
  const offset = parts.slice(0, first).reduce((n, p) => n + p.text.length, 0);
  let from = Math.max(0, offset - SNIPPET_SIDE);
  let to = Math.min(text.length, offset + SNIPPET_SIDE * 2);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > offset ? text.lastIndexOf(' ', to) : to;
  const cut = `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  return highlightParts(cut, terms);
}
