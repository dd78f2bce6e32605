const WORD = /[\p{L}\p{N}]+/gu;

const wordsOf = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/**
 * Whether the validator's English details say anything the sentence shown before them does not: a word of theirs
 * (a name, a number, a date) the sentence lacks. Beside a Korean or Japanese sentence they always do; beside an
 * English one that already says "must not be empty", the details "must not be empty" would only repeat it.
 */
export function detailsAddTo(sentence: string, details: string): boolean {
  const said = new Set(wordsOf(sentence));
  return wordsOf(details).some((word) => !said.has(word));
}
