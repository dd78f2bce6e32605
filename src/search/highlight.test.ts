import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMatches, highlightParts, snippetParts } from './highlight';
import { termsOf } from './normalize';

const marked = (parts: readonly { text: string; match: boolean }[]) => parts.filter((p) => p.match).map((p) => p.text);

describe('highlighting what a search found', () => {
  it('marks the words that start with a searched term, and the part of them that does', () => {
    expect(marked(highlightParts('Seoul extends GSOMIA; the GSOMIA pact', termsOf('gsom')))).toEqual(['GSOM', 'GSOM']);
    expect(marked(highlightParts('Customs chiefs meet in Séoul', termsOf('seoul')))).toEqual(['Séoul']);
    expect(marked(highlightParts('일본의 수출 규제', termsOf('수출')))).toEqual(['수출']);
  });

  it('keeps every character of the text, in order', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, query) => {
        expect(
          highlightParts(text, termsOf(query))
            .map((p) => p.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });

  it('cuts a long text to a snippet around the first match, at spaces, and says where it cut', () => {
    const text = `${'Before the match there is a long stretch of words. '.repeat(5)}Kajiyama said Friday that talks would follow. ${'After it more words follow here. '.repeat(6)}`;
    const parts = snippetParts(text, termsOf('kajiyama'));
    const snippet = parts?.map((p) => p.text).join('') ?? '';
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThan(200);
    expect(marked(parts ?? [])).toEqual(['Kajiyama']);
    expect(snippetParts('Nothing here', termsOf('kajiyama'))).toBeUndefined();
  });
});

describe('counting what a search found in a text', () => {
  it('counts the words that start with a term, and says whether every term is there', () => {
    expect(countMatches('GSOMIA ends; Seoul keeps GSOMIA', termsOf('gsomia seoul'))).toEqual({ count: 3, allTerms: true });
    expect(countMatches('GSOMIA ends', termsOf('gsomia seoul'))).toEqual({ count: 1, allTerms: false });
    expect(countMatches('nothing here', [])).toEqual({ count: 0, allTerms: false });
  });
});
