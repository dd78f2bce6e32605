import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampLines, fitToLines, wrapToWidth } from './fitText';

/** Ten px a character, whatever the character: easy to reason about. */
const tenPx = (text: string) => Array.from(text).length * 10;

describe('wrapToWidth', () => {
  it('breaks at spaces, never making a line wider than its box', () => {
    expect(wrapToWidth('one two three four', 90, tenPx)).toEqual(['one two', 'three', 'four']);
  });

  it('breaks a word wider than a line between characters, and text without spaces (Japanese) the same way', () => {
    expect(wrapToWidth('https://example.org/long', 100, tenPx)).toEqual(['https://ex', 'ample.org/', 'long']);
    expect(wrapToWidth('日本と韓国の関係', 30, tenPx)).toEqual(['日本と', '韓国の', '関係']);
  });

  it('keeps every word, in order, in lines no wider than the box', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 30 }).map((w) => w.replace(/\s/g, 'x')),
          { maxLength: 40 },
        ),
        fc.integer({ min: 10, max: 300 }),
        (words, width) => {
          const lines = wrapToWidth(words.join(' '), width, tenPx);
          for (const line of lines) expect(tenPx(line)).toBeLessThanOrEqual(Math.max(width, 10));
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});

describe('clampLines', () => {
  it('keeps text that fits whole', () => {
    expect(clampLines('one two', 100, 2, tenPx)).toEqual({ lines: ['one two'], cut: false });
  });

  it('cuts text that needs more lines, ending the last with an ellipsis that still fits', () => {
    const set = clampLines('one two three four five six', 90, 2, tenPx);
    expect(set.cut).toBe(true);
    expect(set.lines).toHaveLength(2);
    expect(set.lines[1]).toMatch(/…$/);
    for (const line of set.lines) expect(tenPx(line)).toBeLessThanOrEqual(90);
  });

  it('closes a cut quotation with its closing mark after the ellipsis', () => {
    const set = clampLines('“one two three four five six seven”', 100, 2, tenPx, '…”');
    expect(set.lines.at(-1)).toMatch(/…”$/);
    expect(set.lines.every((line) => tenPx(line) <= 100)).toBe(true);
  });
});

describe('fitToLines', () => {
  const measure = (text: string, face: { size: number }) => Array.from(text).length * face.size * 0.5;

  it('takes the largest size at which the text fits its lines', () => {
    const fitted = fitToLines('a title of some length', 240, 1, [40, 30, 20], 700, measure);
    expect(fitted).toMatchObject({ size: 20, cut: false, lines: ['a title of some length'] });
  });

  it('takes the smallest size, cut, when it fits at none', () => {
    const fitted = fitToLines('a title of some length '.repeat(10), 200, 2, [40, 30], 700, measure);
    expect(fitted.size).toBe(30);
    expect(fitted.cut).toBe(true);
    expect(fitted.lines).toHaveLength(2);
  });
});
