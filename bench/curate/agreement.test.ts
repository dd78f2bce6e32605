import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDateSpan } from '../../src/model/partialDate';
import { type CorpusSentence, type Marked, agreement, expectedMarks } from './agreement';

const corpus = JSON.parse(readFileSync(new URL('./datedSentences.json', import.meta.url), 'utf8')) as { sentences: CorpusSentence[] };
const sentence = (text: string, expected: CorpusSentence['expected']): CorpusSentence => ({
  id: 's',
  published: '2019-11-29',
  text,
  expected,
});

describe('the annotated corpus', () => {
  it('holds 60 to 100 sentences with unique ids, some with no date at all', () => {
    const ids = corpus.sentences.map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(60);
    expect(ids.length).toBeLessThanOrEqual(100);
    expect(new Set(ids).size).toBe(ids.length);
    expect(corpus.sentences.filter((s) => s.expected.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it("gives each expected expression words that stand once in the sentence, and a date in the command's form", () => {
    const form = /^(?:\[[\d-]*\.\.[\d-]*\]|[\dW-]+(?:\/(?:[\dW-]+|\.\.))?)$/;
    for (const s of corpus.sentences) {
      expect(s.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(() => expectedMarks(s)).not.toThrow();
      for (const { date } of s.expected) {
        if (date === null) continue;
        expect(date).toMatch(form);
        if (!date.startsWith('[') && !date.endsWith('/..')) expect(parseDateSpan(date), date).toBeDefined();
      }
    }
  });
});

describe('agreement', () => {
  const s = sentence('They met on Friday and in July.', [
    { words: 'Friday', date: '2019-11-29' },
    { words: 'July', date: '2019-07' },
  ]);
  const marks =
    (...found: Marked[]) =>
    () =>
      found;

  it('matches found and expected words that overlap, one to one, and counts exact dates', () => {
    const result = agreement([s], marks({ start: 9, end: 18, date: '2019-11-29' }, { start: 23, end: 30, date: '2020-07' }));
    expect(result).toMatchObject({ expected: 2, found: 2, matched: 2, exact: 1 });
    expect(result.misses).toEqual(['s: "July" → 2020-07 (expected 2019-07)']);
  });

  it('counts what was missed and what was found that is not a date', () => {
    const result = agreement([s], marks({ start: 0, end: 4, date: '2019' }));
    expect(result).toMatchObject({ expected: 2, found: 1, matched: 0, exact: 0 });
    expect(result.misses).toEqual(['s: missed "Friday"', 's: missed "July"', 's: found "They", not a date here']);
  });

  it('refuses expected words that are not in the sentence exactly once', () => {
    expect(() => expectedMarks(sentence('Friday, and Friday again.', [{ words: 'Friday', date: null }]))).toThrow(/exactly once/);
    expect(() => expectedMarks(sentence('Monday.', [{ words: 'Friday', date: null }]))).toThrow(/exactly once/);
  });
});
