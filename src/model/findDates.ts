import { findChronoMentions } from './dateFinder/chronoMentions';
import { type TenseCue, firstBefore, leadBefore, tenseAt } from './dateFinder/context';
import { findPhrases } from './dateFinder/phrases';
import { type Resolved, resolveSaid } from './dateFinder/resolveSaid';
import type { Mention, Said } from './dateFinder/said';
import type { FoundDate, HowResolved } from './dateFinder/types';
import { type PartialDate, parsePartialDate } from './partialDate';

/**
 * The date finder: every date expression of a news article, in order, with what it resolves to counted from the
 * article's publication day, and how. chrono-node reads the calendar forms; our phrase rules read what news
 * writes that chrono does not (src/model/dateFinder/phrases.ts); the conventions that fill in what the words
 * leave out (which year, which week) are the finder's own (src/model/dateFinder/resolveSaid.ts), and the same
 * ones the validator applies to a citation's date words through `resolveRelativeDate`.
 */
export function findDates(text: string, published: string): FoundDate[] {
  const reference = publicationDay(published);
  if (!reference) throw new RangeError(`"${published}" is not a publication day (YYYY-MM-DD)`);
  return find(text, reference, 'article');
}

/**
 * Date words known to date something (a citation's `dating.words`), read as one expression: the date found if
 * one expression covers all the words (a leading "in", "on", "at" or "during" aside), else undefined.
 * A bare count ("seven years") is read as the first … in seven years, back from the publication.
 */
export function readDateWords(words: string, published: string): FoundDate | undefined {
  // A pure function of its two strings, asked again for every citation each time a dataset is checked (the
  // workbench checks its whole project after each change): each reading is kept, up to a bound.
  const key = `${published}\n${words}`;
  if (readings.has(key)) return readings.get(key);
  if (readings.size >= READINGS_KEPT) readings.clear();
  const found = readWords(words, published);
  readings.set(key, found);
  return found;
}

/** Date words read so far, by publication day and words; cleared when it reaches READINGS_KEPT. */
const readings = new Map<string, FoundDate | undefined>();
const READINGS_KEPT = 20_000;

function readWords(words: string, published: string): FoundDate | undefined {
  const reference = publicationDay(published);
  if (!reference) return undefined;
  const text = words.trim();
  const [only, ...more] = find(text, reference, 'date-words');
  const covers = only && more.length === 0 && only.end === text.length && /^(?:(?:in|on|at|during)\s+)?$/i.test(text.slice(0, only.start));
  return covers ? only : undefined;
}

type Mode = 'article' | 'date-words';

function publicationDay(published: string): PartialDate | undefined {
  const day = parsePartialDate(published);
  return day?.precision === 'day' ? day : undefined;
}

function find(text: string, reference: PartialDate, mode: Mode): FoundDate[] {
  const found: FoundDate[] = [];
  const phrases = findPhrases(text);
  let nextPhrase = 0;
  // Paragraph by paragraph: no date expression spans a blank line, and chrono's cost grows with the text it holds.
  for (const paragraph of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const offset = paragraph.index;
    const end = offset + paragraph[0].length;
    const ours: Mention[] = [];
    for (let phrase = phrases[nextPhrase]; phrase && phrase.start < end; phrase = phrases[++nextPhrase]) ours.push(phrase);
    // A phrase of ours that spans the whole paragraph ("1910-45" as date words) wins any tie: chrono has nothing to add.
    const whole = ours.some((phrase) => phrase.start === offset && phrase.end === end);
    const mentions = whole ? ours : [...findChronoMentions(paragraph[0], reference.start, offset, mode === 'date-words'), ...ours];
    let previousEnd = offset;
    for (const mention of joinRanges(longestFirst(mentions), text)) {
      const date = interpret(mention, { text, reference, mode, previousEnd });
      if (date) found.push(date);
      previousEnd = mention.end;
    }
  }
  return found;
}

/** Overlapping readings of the same words: the longest stands; on a tie, our phrase rule over chrono's reading. */
function longestFirst(mentions: readonly Mention[]): Mention[] {
  const ranked = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || (a.by === b.by ? 0 : a.by === 'phrase' ? -1 : 1));
  const kept: Mention[] = [];
  for (const m of ranked) if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

const CONNECTOR = /^\s*(?:-|–|—|to|until|till|through)\s*$/i;
const rangeable = (said: Said) => !['range', 'duration', 'unplaceable', 'counted', 'part-of'].includes(said.form);

/** "from June to August", "between 2010 and 2015", "June 3-5": two dates joined into one span. */
function joinRanges(mentions: readonly Mention[], text: string): Mention[] {
  const joined: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const first = mentions[i];
    if (!first) continue;
    const lead = /\b(from|between)\s+$/i.exec(text.slice(Math.max(0, first.start - 8), first.start));
    const start = lead ? first.start - lead[0].length : first.start;
    const next = mentions[i + 1];
    const between = next ? text.slice(first.end, next.start) : '';
    const joins = CONNECTOR.test(between) || (/^\s+and\s+$/i.test(between) && lead?.[1]?.toLowerCase() === 'between');
    if (next && joins && rangeable(first.said) && rangeable(next.said)) {
      joined.push({ start, end: next.end, said: { form: 'range', from: first.said, to: next.said }, by: first.by });
      i++;
    } else joined.push(first.said.form === 'range' ? { ...first, start } : first);
  }
  return joined;
}

/** Forms whose date depends on which way the sentence looks. */
const needsTense = (said: Said): boolean =>
  said.form === 'range' ||
  said.form === 'counted' ||
  said.form === 'nth-week-of-month' ||
  (said.form === 'weekday' && said.shift === 'none') ||
  (said.form === 'calendar' && said.year === undefined);

/** Where a mention stands: the text, its publication day, how it is read, and the end of the date words before it. */
interface Setting {
  readonly text: string;
  readonly reference: PartialDate;
  readonly mode: Mode;
  readonly previousEnd: number;
}

function interpret(mention: Mention, { text, reference, mode, previousEnd }: Setting): FoundDate | undefined {
  const tense = needsTense(mention.said) ? tenseAt(text, mention.start, mention.end) : undefined;
  const afterFirst = (at: number) => firstBefore(text, at, previousEnd);
  const said = settleCount(mention, tense, mode, () => afterFirst(mention.start));
  if (!said) return undefined;
  const resolved = resolveSaid(said, reference.start, tense?.direction);
  const lead = leadBefore(text, mention.start);
  const { resolution, convention, qualifier, ...read } = lead ? applyLead(resolved, lead.word, afterFirst(lead.start)) : resolved;
  // "will … in two weeks": the sentence, not the count, said which way to count.
  const countedAhead = said.form === 'counted' && said.way === 'ahead' && mention.said.form === 'counted' && mention.said.way === 'in';
  const direction = read.direction ?? (countedAhead ? tense?.direction : undefined);
  const start = lead ? lead.start : mention.start;
  const how: HowResolved = {
    convention,
    reference,
    ...(direction && { direction }),
    ...(direction && tense?.direction === direction && { cue: { start: tense.start, end: tense.end } }),
    ...(qualifier && { qualifier }),
  };
  return { start, end: mention.end, text: text.slice(start, mention.end), resolution, how };
}

/**
 * A count of units is a date only where the sentence makes it one: "the first … in seven years" counts back,
 * "will … in two weeks" ahead; "in three years" with neither, and durations ("for two years"), are not dates.
 */
function settleCount(mention: Mention, tense: TenseCue | undefined, mode: Mode, afterFirst: () => boolean): Said | undefined {
  const { said } = mention;
  if (said.form === 'duration') return undefined;
  if (said.form !== 'counted' || said.way === 'back' || said.way === 'ahead') return said;
  if (mode === 'date-words' || afterFirst()) return { ...said, way: 'back' };
  return said.way === 'in' && tense?.direction === 'future' ? { ...said, way: 'ahead' } : undefined;
}

/** "since" makes a date the start of a period still going on (or, after a "first", the last time before); "by", a latest bound. */
function applyLead(resolved: Resolved, word: 'since' | 'by', afterFirst: boolean): Resolved {
  if (resolved.resolution.kind !== 'date') return resolved;
  const { span } = resolved.resolution;
  if (word === 'since') {
    if (afterFirst) return { ...resolved, qualifier: 'first-since' };
    return { ...resolved, resolution: { kind: 'ongoing', start: span.start }, qualifier: 'since' };
  }
  return { ...resolved, resolution: { kind: 'bounds', latest: span.end ?? span.start, named: span }, qualifier: 'by' };
}
