import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SearchDocument, buildSearchIndex, createSearchIndexBuilder } from './searchIndex';

const doc = (id: string, names: string[], quotes: string[] = [], notes: string[] = []): SearchDocument => ({ id, names, notes, quotes });

const documents = [
  doc('gsomia-extension', ['Seoul extends GSOMIA', '한국, GSOMIA 연장', '韓国、GSOMIA延長'], ['Seoul decided to extend the pact']),
  doc(
    'export-curbs',
    ["Japan's export curbs", '일본의 수출 규제', '日本の輸出規制'],
    ['Japan slapped tighter controls on tech-related exports'],
  ),
  doc('customs', ['Customs chiefs meet in Séoul'], [], ['Known only from the 2023 report']),
  doc('kajiyama', ['Kajiyama announces talks'], ['Minister Hiroshi Kajiyama said Friday']),
];
const index = buildSearchIndex(documents);
const find = (query: string) => Array.from(index.search(query).found, (at) => documents[at]?.id).sort();

describe('searching the events', () => {
  it('finds whole words and the starts of words, in any case', () => {
    expect(find('GSOMIA')).toEqual(['gsomia-extension']);
    expect(find('gsom')).toEqual(['gsomia-extension']);
    expect(find('EXPORT')).toEqual(['export-curbs']);
  });

  it('answers with the positions of the documents found, in the order they were indexed', () => {
    expect([...index.search('seoul').found]).toEqual([0, 2]);
    expect([...index.search('talks').found]).toEqual([3]);
  });

  it('answers a query the same however many queries came before it', () => {
    const queries = ['seoul', 'japan export', 'gsom', 'séoul extends', 'report', 'kajiyama talks', '수출'];
    const first = queries.map((query) => [...index.search(query).found]);
    for (let round = 0; round < 3; round++) expect(queries.map((query) => [...index.search(query).found])).toEqual(first);
  });

  it('needs every word of the query', () => {
    expect(find('japan export')).toEqual(['export-curbs']);
    expect(find('japan gsomia')).toEqual([]);
  });

  it('ignores Latin accents either way', () => {
    expect(find('seoul chiefs')).toEqual(['customs']);
    expect(find('séoul extends')).toEqual(['gsomia-extension']);
  });

  it('finds Korean and Japanese words, with their particles and without spaces', () => {
    expect(find('수출')).toEqual(['export-curbs']);
    expect(find('연장')).toEqual(['gsomia-extension']);
    expect(find('輸出')).toEqual(['export-curbs']);
    expect(find('輸出規制')).toEqual(['export-curbs']);
  });

  it('searches quotes and notes', () => {
    expect(find('tighter controls')).toEqual(['export-curbs']);
    expect(find('report')).toEqual(['customs']);
    expect(find('hiroshi')).toEqual(['kajiyama']);
  });

  it('finds nothing for an empty query or one of only punctuation', () => {
    expect(find('')).toEqual([]);
    expect(find('  ?! ')).toEqual([]);
  });

  it('reads any text as text: markup, regular-expression characters and long pastes neither throw nor match all', () => {
    for (const query of ['<img src=x onerror=alert(1)>', '.*', '(a|b)+$', '\\', 'x'.repeat(10_000), '%00', 'constructor', '__proto__'])
      expect(() => find(query)).not.toThrow();
    expect(find('.*')).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (query) => {
        const { found } = index.search(query);
        expect(found.length).toBeLessThanOrEqual(4);
      }),
    );
  });
});

describe('building the index a slice at a time', () => {
  it('gives the index built at once, however the slices fall', () => {
    const queries = ['seoul', 'gsom', '수출', '輸出規制', 'talks', 'report', 'japan export'];
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), (stops) => {
        const builder = createSearchIndexBuilder(documents.length, (at) => documents[at]);
        let asked = 0;
        let sliced: ReturnType<typeof builder.advance>;
        let slices = 0;
        while (!(sliced = builder.advance(() => stops[asked++ % stops.length] ?? false))) slices++;
        // Each slice indexes one document at least; the sorting of the terms may start one of its own.
        expect(slices).toBeLessThanOrEqual(documents.length);
        for (const query of queries) expect([...sliced.search(query).found]).toEqual([...index.search(query).found]);
      }),
    );
  });
});
