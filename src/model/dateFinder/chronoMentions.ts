import { type Chrono, type ParsedResult, type ParsingResult, casual } from 'chrono-node/en';
import { dayMs } from './calendar';
import type { Mention, Said } from './said';

/**
 * chrono-node reads the calendar forms: weekdays ("Friday", "last Friday", "Friday of last week"), month names
 * ("July", "November 2016"), days in every common order and abbreviation ("Nov. 29", "29 November 2019",
 * "Sept. 8, 2023", "2019/11/29"), "yesterday", and ranges between them ("June 3-5", "Wednesday through Friday").
 * We keep what it read (the parts the words state) and not the date it picked for the parts they leave out:
 * those follow the finder's conventions. Two refinements make it fit news copy:
 * - a time of day alone ("at midnight", "09:54") is dropped before chrono merges it with a date, so the words
 *   found are the date's words ("last Friday", not "midnight last Friday");
 * - a month name written in lower case ("they march", "prices may") is a verb, unless the words are known to
 *   be date words.
 */
let newsChrono: Chrono | undefined;

/** Made on first use, so that a bundle that imports this module without reading dates carries no chrono-node. */
function chronoForNews(): Chrono {
  if (!newsChrono) {
    newsChrono = casual.clone();
    newsChrono.refiners.unshift({ refine: (_context, results: ParsingResult[]) => results.filter((r) => !r.start.isOnlyTime()) });
  }
  return newsChrono;
}

/** Locatives before a date change nothing, and are left out of the words found ("on Thursday" → "Thursday"). */
const LEADING = /^(?:[\s,(]|(?:on|in|at|during)\s)+/i;
const TRAILING = /[\s,;:)]+$/;
const LOWER_CASE_MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;

/**
 * The dates chrono-node reads in the text, as what the words state. `reference` is the publication day as a
 * UTC midnight; `lowerCaseMonths` accepts "march" and "may" as months (for words known to be date words).
 */
export function findChronoMentions(text: string, reference: number, offset: number, lowerCaseMonths: boolean): Mention[] {
  if (text.length > SHORT_TEXT) return readWithChrono(text, reference, offset, lowerCaseMonths);
  // A citation's date words: the same few words ("Wednesday", "last Friday") recur under thousands of citations.
  const key = `${lowerCaseMonths ? 'm' : '-'}${text}`;
  const kept = readings.get(key);
  if (kept) return shifted(kept, offset);
  const mentions = readWithChrono(text, reference, 0, lowerCaseMonths);
  // A weekday ("Wednesday", "last Friday") is read the same from any publication day. Other readings may carry
  // parts that chrono took from the day ("on Tuesday yesterday" can come back as a calendar day), and are not kept.
  if (mentions.length > 0 && mentions.every((m) => sameFromAnyDay(m.said))) {
    if (readings.size >= READINGS_KEPT) readings.clear();
    readings.set(key, mentions);
  }
  return shifted(mentions, offset);
}

/** Mentions read at offset 0, moved to `offset`, in an array of the caller's own. */
function shifted(mentions: readonly Mention[], offset: number): Mention[] {
  return mentions.map((m) => (offset === 0 ? m : { ...m, start: m.start + offset, end: m.end + offset }));
}

/** Texts up to this length (date words, a sentence) have their readings kept; an article's paragraphs do not. */
const SHORT_TEXT = 120;
/** Readings kept, by text; cleared when it reaches READINGS_KEPT. */
const readings = new Map<string, readonly Mention[]>();
const READINGS_KEPT = 5_000;

function sameFromAnyDay(said: Said): boolean {
  if (said.form === 'range') return sameFromAnyDay(said.from) && sameFromAnyDay(said.to);
  return said.form === 'weekday';
}

function readWithChrono(text: string, reference: number, offset: number, lowerCaseMonths: boolean): Mention[] {
  const ref = new Date(reference);
  // chrono counts in local time: noon of the same calendar day is that day in every time zone.
  const localNoon = new Date(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate(), 12);
  const mentions: Mention[] = [];
  for (const result of chronoForNews().parse(text, localNoon)) {
    const lead = LEADING.exec(result.text)?.[0].length ?? 0;
    const words = result.text.slice(lead).replace(TRAILING, '');
    if (words === '' || (!lowerCaseMonths && LOWER_CASE_MONTH.test(words))) continue;
    const start = saidOf(result.start, words, reference);
    const end = result.end && saidOf(result.end, words, reference);
    if (!start) continue;
    const said: Said = end ? { form: 'range', from: start, to: end } : start;
    const at = offset + result.index + lead;
    mentions.push({ start: at, end: at + words.length, said, by: 'chrono' });
  }
  return mentions;
}

/** What one end of a chrono result states: the parts it is certain of, or a count of days from the reference. */
function saidOf(parts: ParsedResult['start'], words: string, reference: number): Said | undefined {
  const tags = parts.tags();
  if (tags.has('casualReference/now')) return undefined;
  const certain = (c: 'year' | 'month' | 'day' | 'weekday') => (parts.isCertain(c) ? (parts.get(c) ?? undefined) : undefined);
  const [year, month, day, weekday] = [certain('year'), certain('month'), certain('day'), certain('weekday')];
  const relative = [...tags].some((tag) => tag === 'result/relativeDate' || tag.startsWith('casualReference/'));
  if (relative && year !== undefined && month !== undefined && day !== undefined) {
    const ms = dayMs(year, month, day);
    return ms === undefined ? undefined : { form: 'relative', unit: 'day', offset: Math.round((ms - reference) / 864e5) };
  }
  if (month !== undefined) return { form: 'calendar', month, ...(year !== undefined && { year }), ...(day !== undefined && { day }) };
  if (year !== undefined) return { form: 'calendar', year };
  if (weekday !== undefined) return { form: 'weekday', weekday, shift: weekdayShift(words) };
  return undefined;
}

function weekdayShift(words: string): 'none' | 'last' | 'next' | 'this' {
  const modifier = /\b(last|past|next|this)\b/i.exec(words)?.[1]?.toLowerCase();
  if (modifier === 'last' || modifier === 'past') return 'last';
  return modifier === 'next' || modifier === 'this' ? modifier : 'none';
}
