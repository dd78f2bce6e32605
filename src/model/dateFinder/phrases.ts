import type { Mention, Said, Unit } from './said';

/**
 * The date phrases of news writing that chrono-node does not read, or reads to a precision the words do not give:
 * - bare years ("in 1995", "a 1965 pact") and year spans ("1910-45"): chrono leaves numbers alone, rightly in
 *   general text, but in news a four-digit number before a noun is most often a year;
 * - decades ("the 1990s"), "the third week in December", "October last year" (chrono reads "October" and
 *   "last year" as two dates), "earlier this week" (a bound, not a day);
 * - "last week", "next month", "this year": chrono returns a day a week or a month away, where the words give
 *   a whole week, month or year;
 * - counts of units ("in seven years", "more than three years", "for two years"): chrono reads every count as
 *   ahead of the reference, where news writes "the first … in seven years" for seven years back, and a
 *   duration ("for two years") is no date at all.
 * Each rule says what the words say; conventions (which year, which week) are applied elsewhere.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** The month a name or an abbreviation ("Sept.") names, 1–12. */
export function monthNumber(word: string): number | undefined {
  const name = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(name);
  return full >= 0 ? full + 1 : MONTH_ABBREVIATIONS[name];
}

/** A count written in figures or words ("7", "seven", "a"). */
export function countOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  const n = NUMBERS.indexOf(lower);
  return n >= 0 ? n : Number(word);
}

const month = `(${MONTHS.join('|')}|(?:${Object.keys(MONTH_ABBREVIATIONS).join('|')})\\.)`;
const count = `(\\d{1,4}|an?|${NUMBERS.join('|')})`;
const unit = '(day|week|month|year)s?';
/** "early", "mid-", "late", "the end of": they narrow the date, not its precision, and stay in the words. */
const qualifier = '(?:(?:early|mid|late)[- ]|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?';
/** Numbers followed by these count things, not years ("2000 people", "1500 tonnes"). */
const COUNTED_NOUNS =
  'people|troops|soldiers|workers|employees|students|members|tons|tonnes|units|won|yen|dollars|yuan|euros|km|kilometers|kilometres|meters|metres|miles|feet|votes|cases|deaths|jobs|households|companies|firms|cars|vehicles|shares|barrels|points|pages|gmt|utc|kst|jst|hours';

interface PhraseRule {
  readonly pattern: RegExp;
  readonly read: (match: RegExpExecArray) => Said | undefined;
}

const unitOf = (word: string | undefined): Unit => (word?.toLowerCase() ?? 'day') as Unit;
const RELATIVE_OFFSETS: Readonly<Record<string, number>> = { last: -1, previous: -1, this: 0, next: 1, following: 1, coming: 1 };

const RULES: readonly PhraseRule[] = [
  {
    // "1910-45", "1910-1945"; not the start of a full date ("2019-11-22").
    pattern: /(?<![\w$€£¥#.,/:–-])(1\d{3}|2\d{3})\s?[-–]\s?(\d{4}|\d{2})(?![\w%]|[-–/.]\d)/g,
    read: ([, from = '', to = '']) => ({
      form: 'year-range',
      from: Number(from),
      to: Number(to.length === 2 ? from.slice(0, 2) + to : to),
    }),
  },
  {
    // "the 1990s", "the early 2000s".
    pattern: /\bthe\s+(?:(?:early|mid|late)[- ])?(1\d{2}|2\d{2})0s\b/gi,
    read: ([, decade = '']) => ({ form: 'decade', first: Number(decade) * 10 }),
  },
  {
    // "the '90s": a decade with no century.
    pattern: /\bthe\s+(?:(?:early|mid|late)[- ])?['’]?\d0s\b/gi,
    read: () => ({ form: 'unplaceable', why: 'century-unstated' }),
  },
  {
    // "2018", "in 1995", "mid-2019", "the end of 2023": a year, unless the number counts something.
    pattern: new RegExp(
      `(?<![\\w$€£¥#.,/:–-])(?<!\\bNo\\.\\s?)${qualifier}(1\\d{3}|20\\d{2}|21\\d{2})(?![\\w%]|[.,:/]\\d|[-–]\\d|\\s*(?:percent|per cent|million|billion|trillion|(?:${COUNTED_NOUNS})\\b))`,
      'gi',
    ),
    read: ([, year = '']) => ({ form: 'calendar', year: Number(year) }),
  },
  {
    // "October last year", "in October of last year".
    pattern: new RegExp(`\\b${qualifier}${month}\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, 'gi'),
    read: ([, name = '', which = '']) => {
      const m = monthNumber(name);
      return m === undefined
        ? undefined
        : { form: 'month-of-relative-year', month: m, yearOffset: RELATIVE_OFFSETS[which.toLowerCase()] ?? 0 };
    },
  },
  {
    // "mid-December", "the end of November 2019": a month; chrono would make "end of November" its last day.
    pattern: new RegExp(
      `\\b(?:(?:early|mid|late)[- ]|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)${month}(?:,?\\s+(\\d{4}))?(?![\\w-])`,
      'gi',
    ),
    read: ([, name = '', year]) => {
      const m = monthNumber(name);
      return m === undefined ? undefined : { form: 'calendar', month: m, ...(year !== undefined && { year: Number(year) }) };
    },
  },
  {
    // "last week", "the following week", "by the end of this year", "late last year".
    pattern: new RegExp(`\\b${qualifier}(last|this|next|the\\s+following|the\\s+previous|the\\s+coming)\\s+(week|month|year)\\b`, 'gi'),
    read: ([, which = '', u]) => ({ form: 'relative', unit: unitOf(u), offset: RELATIVE_OFFSETS[lastWord(which)] ?? 0 }),
  },
  {
    // "the end of the month": this month; chrono would make it the month's last day.
    pattern: /\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(week|month|year)\b/gi,
    read: ([, u]) => ({ form: 'relative', unit: unitOf(u), offset: 0 }),
  },
  {
    // "earlier this week", "later this month".
    pattern: /\b(earlier|later)\s+this\s+(week|month|year)\b/gi,
    read: ([, part = '', u]) => ({
      form: 'part-of',
      unit: unitOf(u) as Exclude<Unit, 'day'>,
      part: part.toLowerCase() === 'earlier' ? 'earlier' : 'later',
    }),
  },
  {
    // "the third week in December".
    pattern: new RegExp(`\\bthe\\s+(${ORDINALS.join('|')})\\s+week\\s+(?:in|of)\\s+${month}(?![\\w-])`, 'gi'),
    read: ([, ordinal = '', name = '']) => {
      const m = monthNumber(name);
      return m === undefined ? undefined : { form: 'nth-week-of-month', nth: ORDINALS.indexOf(ordinal.toLowerCase()) + 1, month: m };
    },
  },
  {
    // "the next day", "the day before": counted from a day the article narrates.
    pattern: /\bthe\s+(?:(?:next|following|previous|preceding)\s+day|day\s+(?:before|after))\b/gi,
    read: () => ({ form: 'unplaceable', why: 'counted-from-another-date' }),
  },
  {
    // "the past two years", "a five-year plan", "three-day": durations, which chrono would date.
    pattern: new RegExp(`\\b(?:(?:the\\s+)?(?:past|last|next|coming)\\s+${count}\\s+${unit}|${count}-(?:day|week|month|year))\\b`, 'gi'),
    read: () => ({ form: 'duration' }),
  },
  {
    // "seven years ago", "in more than three years", "for two years", "three days later".
    pattern: new RegExp(
      `\\b(?:(in|within|for|over|after|during)\\s+)?(?:(more than|over|nearly|almost|about|around|some|at least)\\s+)?${count}\\s+${unit}(?:\\s+(ago|earlier|later|before|after|from now))?\\b`,
      'gi',
    ),
    read: readCount,
  },
];

function lastWord(words: string): string {
  return words.toLowerCase().split(/\s+/).pop() ?? '';
}

function readCount([, lead, hedge, n = '', u, tail]: RegExpExecArray): Said {
  const moreThan = /^(more than|over|at least)$/i.test(hedge ?? '');
  const counted = { form: 'counted', unit: unitOf(u), count: countOf(n), moreThan } as const;
  const after = tail?.toLowerCase();
  if (after === 'ago') return { ...counted, way: 'back' };
  if (after === 'from now') return { ...counted, way: 'ahead' };
  if (after !== undefined) return { form: 'unplaceable', why: 'counted-from-another-date' };
  const before = lead?.toLowerCase();
  if (before === undefined) return { ...counted, way: 'bare' };
  return before === 'in' ? { ...counted, way: 'in' } : { form: 'duration' };
}

/**
 * Every phrase our rules read in the text, in order of where they start, overlapping ones included (the finder
 * keeps the longest). A phrase never spans a blank line.
 */
export function findPhrases(text: string, offset = 0): Mention[] {
  const found: Mention[] = [];
  for (const { pattern, read } of RULES) {
    // exec from lastIndex rather than matchAll, which copies the pattern on every call.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const said = /\n\s*\n/.test(match[0]) ? undefined : read(match);
      if (said) found.push({ start: offset + match.index, end: offset + match.index + match[0].length, said, by: 'phrase' });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
