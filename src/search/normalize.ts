/**
 * Text as search compares it: case folded, Latin diacritics taken off ("Séoul" finds "Seoul"), typographic
 * apostrophes and full-width forms made plain (NFKC), so that a reader's keyboard need not match the print.
 * Hangul and kana keep their marks: a dakuten changes a Japanese word, an accent does not change an English one.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLocaleLowerCase('en');
}

const segmenters = new Map<string, Intl.Segmenter>();

/** The words of a text, found by Intl.Segmenter: spaces for English and Korean, a dictionary for Japanese. */
export function wordsOf(text: string): { readonly word: string; readonly index: number }[] {
  let segmenter = segmenters.get('word');
  if (!segmenter) {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    segmenters.set('word', segmenter);
  }
  const words: { word: string; index: number }[] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push({ word: segment, index });
  return words;
}

/** The terms of a text, normalized, in order: what is indexed, and what a query is made of. */
export const termsOf = (text: string): string[] =>
  wordsOf(text)
    .map(({ word }) => normalizeText(word))
    .filter((term) => term !== '');
