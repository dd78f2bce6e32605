import { describe, expect, it } from 'vitest';
import { readTimelineJs } from '../../src/authoring/readTimelineJs';
import { longArticle } from './longArticle';
import { csvField, figures, meets, passagesOf, rowHeadline, timelineJsCsv } from './pageData';
import { type CurateSnapshot, unmetIn } from './pageProbe';

describe('the TimelineJS CSV the workbench benchmark imports', () => {
  it('quotes a field only when it must', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it("is read by the workbench's own importer as that many dated drafts, each with its own id", () => {
    const read = readTimelineJs(timelineJsCsv(1000), 'generated.csv', []);
    if (!read.ok) throw new Error(read.report.error);
    expect(read.report.format).toBe('TimelineJS CSV');
    expect(read.events).toHaveLength(1000);
    expect(new Set(read.events.map((e) => e.id)).size).toBe(1000);
    expect(read.events[0]).toMatchObject({ title: rowHeadline(0), start: '1990-01-01' });
    expect(read.events[999]).toMatchObject({ title: 'Park project 1000 approved', start: '2028-04-17' });
  });
});

describe('the passages the benchmark selects', () => {
  const article = longArticle(1500);

  it('are different sentences, each in the text, of 40 to 240 characters', () => {
    const passages = passagesOf(article, 25);
    expect(passages).toHaveLength(25);
    expect(new Set(passages).size).toBe(25);
    for (const p of passages) {
      expect(p.length).toBeGreaterThanOrEqual(40);
      expect(p.length).toBeLessThanOrEqual(240);
      expect(article.indexOf(p)).toBeGreaterThanOrEqual(0);
    }
  });

  it('are as many as the text has when it has fewer', () => {
    expect(passagesOf('Too short. The only sentence long enough to be selected here.', 5)).toEqual([
      'The only sentence long enough to be selected here.',
    ]);
  });
});

describe("the benchmark's figures", () => {
  it('leave failed actions out of the times and count them', () => {
    const f = figures([10, null, 30, 20]);
    expect(f).toEqual({ actions: 4, failed: 1, p50: 20, p95: 30, max: 30 });
    expect(meets(f, 50)).toBe(false);
    expect(meets(figures([10, 30, 20]), 50)).toBe(true);
    expect(meets(figures([10, 60]), 50)).toBe(false);
    expect(meets(figures([]), 50)).toBe(false);
  });
});

describe("the probe's check of an outcome", () => {
  const shown: CurateSnapshot = { formId: 'e1', quote: 'the words', title: 'Pa', draft: 'Pa', drafts: 1001 };

  it('names each part that differs from what was expected', () => {
    expect(unmetIn(shown, { equal: { title: 'Pa', draft: 'Pa' } })).toEqual([]);
    expect(unmetIn(shown, { equal: { title: 'Pac', draft: 'Pa' } })).toEqual(['title is "Pa", not "Pac"']);
    expect(unmetIn({ ...shown, draft: null }, { equal: { draft: 'Pa' } })).toEqual(['draft is null, not "Pa"']);
  });

  it('takes the form of the same event for no new form', () => {
    expect(unmetIn(shown, { equal: { quote: 'the words' }, differ: { formId: 'e1' } })).toEqual(['formId is still "e1"']);
    expect(unmetIn(shown, { equal: { quote: 'the words' }, differ: { formId: 'e0' } })).toEqual([]);
  });
});
