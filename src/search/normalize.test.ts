import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, termsOf, wordsOf } from './normalize';

const wordByWord = (text: string) =>
  wordsOf(text)
    .map(({ word }) => normalizeText(word))
    .filter((term) => term !== '');

describe('the terms of a text', () => {
  it('are its words, each normalized, in order', () => {
    expect(termsOf("Seoul extends GSOMIA's term by 1,000 days; U.S. agrees")).toEqual([
      'seoul',
      'extends',
      "gsomia's",
      'term',
      'by',
      '1,000',
      'days',
      'u.s',
      'agrees',
    ]);
    expect(termsOf('Customs chiefs meet in Séoul')).toEqual(['customs', 'chiefs', 'meet', 'in', 'seoul']);
  });

  it('are the same, in plain ASCII, as cutting the words first and normalizing each', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aZ09 .,:'_-!?\t\nQx".split('')) }), (text) => {
        expect(termsOf(text)).toEqual(wordByWord(text));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        expect(termsOf(text)).toEqual(wordByWord(text));
      }),
    );
  });
});
