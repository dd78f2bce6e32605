import type { Direction } from './types';

/**
 * What the sentence around date words tells about them: whether it looks ahead or back (the tense), whether it
 * counts from a "first" ("the first … since 2016", "the first … in seven years": the last time before), and the
 * word that leads the date ("since", "by"). Read from the few words around the date, within its sentence.
 */

/** How far a cue may stand from the date words, in words. */
const REACH = 12;
/** How much text either side is looked at, in characters. */
const WINDOW = 240;

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

export interface TenseCue {
  readonly direction: Direction;
  readonly start: number;
  readonly end: number;
}

const FUTURE = new Set(['will', 'shall', 'would', 'may', 'might', "'ll", 'upcoming', 'scheduled', 'slated']);
/** News writes a scheduled event in the present: "the festival runs Sept. 14-17", "the summit opens Monday". */
const SCHEDULED = new Set([
  ...['opens', 'runs', 'starts', 'begins', 'ends', 'closes', 'meets'],
  ...['arrives', 'visits', 'returns', 'hosts', 'resumes', 'expires'],
]);
/** Future only before "to" or "for": "plans to", "is set to", "is due to", "expects to" (not "a plan in July"). */
const FUTURE_BEFORE_TO = new Set([
  ...['plan', 'plans', 'planned', 'planning', 'set', 'due', 'expected', 'expects', 'expect'],
  ...['aims', 'aim', 'intends', 'intend', 'going', 'hopes'],
]);
const PAST = new Set([
  ...['was', 'were', 'had', 'did', 'has', 'have', 'said', 'told', 'met', 'held', 'took', 'began', 'came', 'went', 'saw'],
  ...['made', 'gave', 'left', 'won', 'lost', 'fell', 'rose', 'spent', 'sent', 'struck', 'broke', 'chose', 'spoke', 'wrote'],
  ...['became', 'brought', 'bought', 'thought', 'found', 'kept', 'led', 'paid', 'ran', 'stood', 'sought', 'fought', 'hit'],
]);
const PASSIVE = new Set(['be', 'been', 'being', 'to']);
const SUPERLATIVES = new Set(['first', 'highest', 'lowest', 'largest', 'biggest', 'worst', 'best', 'longest', 'strongest', 'weakest']);
/** Words that may stand between a sentence's start and its date without making a clause of their own. */
const OPENERS = new Set(['on', 'in', 'at', 'during', 'by', 'since', 'from', 'and', 'but', 'then', 'as', 'early', 'late', 'the']);
const ABBREVIATIONS =
  /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|Gen|Gov|Rep|Sen|Lt|Col|Corp|Inc|Co|Ltd|vs))$/;

/** Where the sentence holding `at` starts: after the last full stop (not an abbreviation's) or line break. */
export function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - WINDOW);
  const before = text.slice(from, at);
  const stops = /[.!?]["'”’)]*\s+(?=["“'‘(]?[A-Z0-9])|\n/g;
  let start = from;
  for (const m of before.matchAll(stops)) {
    if (m[0] !== '\n' && ABBREVIATIONS.test(before.slice(0, m.index))) continue;
    start = from + m.index + m[0].length;
  }
  return start;
}

/** Where the sentence holding `at` ends: at the next full stop that ends a sentence, or a line break. */
export function sentenceEnd(text: string, at: number): number {
  const after = text.slice(at, at + WINDOW);
  const stops = /[.!?]["'”’)]*(?=\s+["“'‘(]?[A-Z0-9]|\s*$)|\n/g;
  for (const m of after.matchAll(stops)) {
    if (m[0] !== '\n' && ABBREVIATIONS.test(after.slice(0, m.index))) continue;
    return at + m.index;
  }
  return at + after.length;
}

function tokens(text: string, from: number, to: number): Token[] {
  return [...text.slice(from, to).matchAll(/[A-Za-z]+(?:'[a-z]+)?|'ll/g)].map((m) => ({
    word: m[0].toLowerCase(),
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
}

function cueOf(list: readonly Token[], i: number): Direction | undefined {
  const token = list[i];
  if (!token) return undefined;
  const next = list[i + 1]?.word;
  const previous = list[i - 1]?.word ?? '';
  if (FUTURE.has(token.word) || SCHEDULED.has(token.word) || token.word.endsWith("'ll")) return 'future';
  if (FUTURE_BEFORE_TO.has(token.word)) return next === 'to' || next === 'for' ? 'future' : undefined;
  // "to be held", "has been signed": a participle after "be" or "to" says nothing of when.
  if (PASSIVE.has(previous) && (token.word.endsWith('ed') || PAST.has(token.word))) return undefined;
  if (PAST.has(token.word) || (token.word.length > 4 && token.word.endsWith('ed'))) return 'past';
  return undefined;
}

/**
 * Whether the sentence looks ahead or back at the date words, and the word that says so: the nearest tense
 * cue before them; for a date that opens its sentence ("On Tuesday, the ministers will meet"), the first after.
 */
export function tenseAt(text: string, start: number, end: number): TenseCue | undefined {
  const opening = sentenceStart(text, start);
  const before = tokens(text, opening, start);
  for (let i = before.length - 1; i >= Math.max(0, before.length - REACH); i--) {
    const direction = cueOf(before, i);
    const token = before[i];
    if (direction && token) return { direction, start: token.start, end: token.end };
  }
  if (!before.every((t) => OPENERS.has(t.word))) return undefined;
  const after = tokens(text, end, sentenceEnd(text, end)).slice(0, REACH);
  for (let i = 0; i < after.length; i++) {
    const direction = cueOf(after, i);
    const token = after[i];
    if (direction && token) return { direction, start: token.start, end: token.end };
  }
  return undefined;
}

/**
 * True when the sentence counts from a "first" (or a "highest", "worst") before the date words, and after
 * `after` (the end of the date before them: a "first" belongs to the nearest date after it).
 */
export function firstBefore(text: string, start: number, after = 0): boolean {
  return tokens(text, Math.max(after, sentenceStart(text, start)), start).some((t) => SUPERLATIVES.has(t.word));
}

/** The word that leads the date words and changes what they mean: "since" or "by", with where it starts. */
export function leadBefore(text: string, start: number): { readonly word: 'since' | 'by'; readonly start: number } | undefined {
  const m = /\b(since|by)\s+$/i.exec(text.slice(Math.max(0, start - 8), start));
  const word = m?.[1]?.toLowerCase();
  return m && (word === 'since' || word === 'by') ? { word, start: start - m[0].length } : undefined;
}
