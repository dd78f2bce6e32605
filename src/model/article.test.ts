import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyParagraph, findQuote, quoteInContext, segmentParagraph, splitParagraphs } from './article';
import { dataset } from '../testing/realDataset';

describe('splitParagraphs', () => {
  it('splits at blank lines and trims, with offsets that point back into the text', () => {
    const text = '  Headline\n\nFirst line\nsame paragraph.\n\n\n   \n  Second.  \n';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['Headline', 'First line\nsame paragraph.', 'Second.']);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('gives nothing for an empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n \t\n')).toEqual([]);
  });

  it('keeps every non-blank character of any text, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\t', '.') }), (text) => {
        const paragraphs = splitParagraphs(text);
        for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
        expect(
          paragraphs
            .map((p) => p.text)
            .join('')
            .replace(/\s/g, ''),
        ).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});

describe('findQuote', () => {
  it('finds a verbatim quote, typos and all', () => {
    const text = 'met in Seoul on Thursdsay. (Yonhap)';
    expect(findQuote(text, 'on Thursdsay')).toEqual({ start: 13, end: 25 });
  });

  it('reports a quote that is not in the text, or an empty one, as not found', () => {
    expect(findQuote('met in Seoul on Thursday.', 'on Thursdsay')).toBeUndefined();
    expect(findQuote('anything', '')).toBeUndefined();
  });
});

describe('quoteInContext', () => {
  const text = 'Masthead\n\nBefore it. The quote sits here, mid-paragraph. After it.\n\nA whole paragraph.\n\nThe end.';

  it('gives the paragraph that holds a quote, with the sentences before and after', () => {
    const found = quoteInContext(text, 'The quote sits here');
    expect(found?.paragraphs.map((p) => p.text)).toEqual(['Before it. The quote sits here, mid-paragraph. After it.']);
    expect(text.slice(found?.start ?? 0, found?.end ?? 0)).toBe('The quote sits here');
  });

  it('adds the neighbouring paragraphs when the quote fills its own', () => {
    const found = quoteInContext(text, 'A whole paragraph');
    expect(found?.paragraphs.map((p) => p.text)).toEqual([
      'Before it. The quote sits here, mid-paragraph. After it.',
      'A whole paragraph.',
      'The end.',
    ]);
  });

  it('does not add a neighbour that brings no context', () => {
    const found = quoteInContext(text, 'Before it.', splitParagraphs(text), (p) => p.text !== 'Masthead');
    expect(found?.paragraphs.map((p) => p.text)).toEqual(['Before it. The quote sits here, mid-paragraph. After it.']);
  });

  it('spans paragraphs when a quote crosses a paragraph break', () => {
    const found = quoteInContext(text, 'After it.\n\nA whole');
    expect(found?.paragraphs.map((p) => p.text)).toEqual([
      'Before it. The quote sits here, mid-paragraph. After it.',
      'A whole paragraph.',
    ]);
  });

  it('reports a missing quote as undefined instead of throwing', () => {
    expect(quoteInContext(text, 'not in this article')).toBeUndefined();
  });

  it('finds every quote of the real dataset inside the paragraphs it returns', () => {
    for (const event of dataset.events) {
      for (const citation of event.citations) {
        const source = dataset.sources.find((s) => s.id === citation.sourceId);
        const found = source && quoteInContext(source.text, citation.quote);
        expect(found, `${event.id}: ${citation.quote}`).toBeDefined();
        const joined = found?.paragraphs.map((p) => p.text).join('\n\n') ?? '';
        expect(joined).toContain(citation.quote);
      }
    }
  });
});

describe('segmentParagraph', () => {
  const paragraph = { start: 10, end: 30, text: 'abcdefghijklmnopqrst' };

  it('leaves a paragraph with no ranges whole', () => {
    expect(segmentParagraph(paragraph, [])).toEqual([{ start: 10, end: 30, keys: [], text: 'abcdefghijklmnopqrst' }]);
  });

  it('cuts at the edges of nested and overlapping ranges, listing what covers each piece', () => {
    const segments = segmentParagraph(paragraph, [
      { start: 12, end: 20, key: 'a' },
      { start: 14, end: 16, key: 'b' },
      { start: 18, end: 25, key: 'c' },
    ]);
    expect(segments.map((s) => [s.text, s.keys])).toEqual([
      ['ab', []],
      ['cd', ['a']],
      ['ef', ['a', 'b']],
      ['gh', ['a']],
      ['ij', ['a', 'c']],
      ['klmno', ['c']],
      ['pqrst', []],
    ]);
  });

  it('clips ranges to the paragraph and ignores those outside it', () => {
    const segments = segmentParagraph(paragraph, [
      { start: 0, end: 12, key: 'left' },
      { start: 28, end: 99, key: 'right' },
      { start: 40, end: 50, key: 'outside' },
    ]);
    expect(segments.map((s) => [s.text, s.keys])).toEqual([
      ['ab', ['left']],
      ['cdefghijklmnopqr', []],
      ['st', ['right']],
    ]);
  });

  it('always puts the pieces back together into the paragraph', () => {
    const range = fc.record({ start: fc.integer({ min: 0, max: 40 }), end: fc.integer({ min: 0, max: 40 }), key: fc.string() });
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), (ranges) => {
        const segments = segmentParagraph(paragraph, ranges);
        expect(segments.map((s) => s.text).join('')).toBe(paragraph.text);
        for (const s of segments)
          for (const key of s.keys)
            expect(
              ranges.some((r) => r.key === key && r.start <= s.start && r.end >= s.end),
              `segment ${s.start}-${s.end} is marked ${key}, which no range ${JSON.stringify(ranges)} covers`,
            ).toBe(true);
      }),
    );
  });
});

describe('classifyParagraph', () => {
  const source = { headline: 'Officials meet', publisher: 'The Korea Herald' };

  it('tells the masthead and the page furniture from the story', () => {
    expect(classifyParagraph('Officials meet', source)).toBe('masthead');
    expect(classifyParagraph('The Korea Herald', source)).toBe('masthead');
    expect(classifyParagraph('코리아헤럴드', source)).toBe('masthead');
    expect(classifyParagraph('By Yonhap', source)).toBe('masthead');
    expect(classifyParagraph('Published : Sept. 8, 2023 - 09:54', source)).toBe('masthead');
    expect(classifyParagraph('• Link copied', source)).toBe('furniture');
    expect(classifyParagraph('Samsung Photo:Xinhua', source)).toBe('furniture');
    expect(classifyParagraph('blog comments powered by Disqus', source)).toBe('furniture');
    expect(classifyParagraph('Officials met on Thursday. By then, talks had stalled.', source)).toBe('story');
  });

  it('counts every cited paragraph of the real dataset as story', () => {
    for (const event of dataset.events) {
      for (const citation of event.citations) {
        const source = dataset.sources.find((s) => s.id === citation.sourceId);
        if (!source) throw new Error(`no source ${citation.sourceId}`);
        const paragraphs = quoteInContext(source.text, citation.quote)?.paragraphs ?? [];
        const holding = paragraphs.filter((p) => p.text.includes(citation.quote.slice(0, 20)));
        expect(holding.map((p) => classifyParagraph(p.text, source))).toContain('story');
      }
    }
  });
});
