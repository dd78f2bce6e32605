/**
 * An article's text as paragraphs, and where each quote stands in it. Offsets are indexes into the
 * article's text exactly as received, so a quote found here is the very passage the curator cited.
 */

/** A paragraph of the article: a run of text between blank lines. */
export interface Paragraph {
  /** Offset of its first character in the article. */
  readonly start: number;
  /** Offset just after its last character. */
  readonly end: number;
  readonly text: string;
}

/** A stretch of the text, [start, end). */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Splits an article at blank lines; each paragraph is trimmed, and its offsets point into the article. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blocks = /[^\n]*\S[^\n]*(?:\n[ \t]*\S[^\n]*)*/g;
  for (let m = blocks.exec(text); m; m = blocks.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    paragraphs.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return paragraphs;
}

/** Where a quote stands in the article, verbatim; undefined when it is not there (a broken dataset). */
export function findQuote(text: string, quote: string): TextRange | undefined {
  if (quote.length === 0) return undefined;
  const start = text.indexOf(quote);
  return start < 0 ? undefined : { start, end: start + quote.length };
}

/** A quote in its setting: the quote's place and the paragraphs a reader needs around it. */
export interface QuoteInContext extends TextRange {
  readonly paragraphs: readonly Paragraph[];
}

// What is left of a paragraph once the quote is taken out, if it is only punctuation, adds no context.
const ONLY_PUNCTUATION = /^[\s"'“”‘’.,;:!?)(-]*$/;

/**
 * The paragraphs that hold a quote, so the reader sees the sentences around it. When the quote fills its
 * paragraphs from one end, the neighbouring paragraph on that side is added (if `addsContext` accepts it:
 * a photo credit is no context), so there is text before and after it where the article has any.
 * Undefined when the quote is not in the text.
 */
export function quoteInContext(
  text: string,
  quote: string,
  paragraphs: readonly Paragraph[] = splitParagraphs(text),
  addsContext: (paragraph: Paragraph) => boolean = () => true,
): QuoteInContext | undefined {
  const range = findQuote(text, quote);
  if (!range) return undefined;
  let first = paragraphs.findIndex((p) => p.end > range.start);
  let last = paragraphs.findLastIndex((p) => p.start < range.end);
  if (first < 0 || last < first) return undefined;
  const firstParagraph = paragraphs[first];
  const lastParagraph = paragraphs[last];
  const before = paragraphs[first - 1];
  const after = paragraphs[last + 1];
  if (firstParagraph && before && ONLY_PUNCTUATION.test(text.slice(firstParagraph.start, range.start)) && addsContext(before)) first -= 1;
  if (lastParagraph && after && ONLY_PUNCTUATION.test(text.slice(range.end, lastParagraph.end)) && addsContext(after)) last += 1;
  return { ...range, paragraphs: paragraphs.slice(first, last + 1) };
}

/** A piece of a paragraph, and the keys of the ranges that cover it (none for plain text). */
export interface Segment extends TextRange {
  readonly text: string;
  readonly keys: readonly string[];
}

/**
 * Cuts a paragraph at every edge of the given ranges, so overlapping and nested ranges can be shown
 * together: each piece lists every range that covers it. Ranges outside the paragraph are ignored.
 */
export function segmentParagraph(paragraph: Paragraph, ranges: readonly (TextRange & { readonly key: string })[]): Segment[] {
  const inside = ranges.filter((r) => r.start < paragraph.end && r.end > paragraph.start && r.end > r.start);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const r of inside) {
    cuts.add(Math.max(r.start, paragraph.start));
    cuts.add(Math.min(r.end, paragraph.end));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i] ?? 0;
    const end = edges[i + 1] ?? 0;
    const keys = inside.filter((r) => r.start <= start && r.end >= end).map((r) => r.key);
    segments.push({ start, end, keys, text: paragraph.text.slice(start - paragraph.start, end - paragraph.start) });
  }
  return segments;
}

/** What a paragraph of a received article is: the story itself, or the page around it. */
export type ParagraphKind = 'story' | 'masthead' | 'furniture';

/** Lines the web pages printed around the story: photo credits, share buttons, comment widgets, sections. */
const FURNITURE = [/^Link copied$/, /\bPhoto:/, /^Posted in:/, /powered by Disqus/];

/**
 * Sorts a paragraph: the masthead (the publisher's name, the headline, the byline and date lines, which
 * the article view shows from the source's metadata), page furniture, or the story.
 */
export function classifyParagraph(text: string, source: { readonly headline: string; readonly publisher: string }): ParagraphKind {
  const line = text.replace(/^[\s•·]+/, '').trim();
  if (line === source.headline || line === source.publisher) return 'masthead';
  if (/^(Source:|By |Published\s*:)/.test(line)) return 'masthead';
  // A masthead in another script (the Korea Herald prints its name in Hangul): no Latin letter at all.
  if (!/[A-Za-z]/.test(line)) return 'masthead';
  if (FURNITURE.some((pattern) => pattern.test(line))) return 'furniture';
  return 'story';
}
