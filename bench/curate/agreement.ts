/**
 * How well a date reader agrees with the annotated corpus (bench/curate/datedSentences.json): which expected
 * expressions it found (a found expression matches an expected one when their words overlap, one to one), and
 * which of those it resolved to exactly the expected date.
 */

/** A date expression in a sentence: offsets and the date in the form `npm run find-dates` prints. */
export interface Marked {
  readonly start: number;
  readonly end: number;
  readonly date: string | null;
}

export interface CorpusSentence {
  readonly id: string;
  readonly published: string;
  readonly text: string;
  readonly expected: readonly { readonly words: string; readonly date: string | null }[];
}

export interface Agreement {
  readonly expected: number;
  readonly found: number;
  /** Found expressions that match an expected one. */
  readonly matched: number;
  /** Matched expressions resolved to exactly the expected date. */
  readonly exact: number;
  /** What a reader missed, found wrongly, or resolved differently: `id: words → date (expected …)`. */
  readonly misses: readonly string[];
}

/** The expected expressions of a sentence with their offsets; throws when the words are not in it exactly once. */
export function expectedMarks(sentence: CorpusSentence): (Marked & { readonly words: string })[] {
  return sentence.expected.map(({ words, date }) => {
    const start = sentence.text.indexOf(words);
    if (start < 0 || sentence.text.indexOf(words, start + 1) >= 0) {
      throw new Error(`${sentence.id}: "${words}" must occur exactly once in "${sentence.text}"`);
    }
    return { start, end: start + words.length, date, words };
  });
}

/** Scores a reader on the corpus. */
export function agreement(sentences: readonly CorpusSentence[], read: (text: string, published: string) => readonly Marked[]): Agreement {
  let [expected, found, matched, exact] = [0, 0, 0, 0];
  const misses: string[] = [];
  for (const sentence of sentences) {
    const wanted = expectedMarks(sentence);
    const marks = read(sentence.text, sentence.published);
    const unmatched = new Set(marks);
    expected += wanted.length;
    found += marks.length;
    for (const want of wanted) {
      const mark = [...unmatched].find((m) => m.start < want.end && want.start < m.end);
      if (!mark) {
        misses.push(`${sentence.id}: missed "${want.words}"`);
        continue;
      }
      unmatched.delete(mark);
      matched++;
      if (mark.date === want.date) exact++;
      else misses.push(`${sentence.id}: "${want.words}" → ${String(mark.date)} (expected ${String(want.date)})`);
    }
    for (const extra of unmatched) misses.push(`${sentence.id}: found "${sentence.text.slice(extra.start, extra.end)}", not a date here`);
  }
  return { expected, found, matched, exact, misses };
}
