import { describe, expect, it } from 'vitest';
import { textColumns, wrapText } from './wrapText';

describe('wrapText', () => {
  it('breaks at spaces, and cuts a word longer than a line', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('https://example.org/long', 10)).toEqual(['https://ex', 'ample.org/', 'long']);
  });

  it('counts Hangul and kana as two columns, and cuts a Japanese sentence, which has no spaces, where the line ends', () => {
    expect(textColumns('한일 관계 ab')).toBe(12);
    expect(wrapText('한일 관계, 1910–2023년', 12)).toEqual(['한일 관계,', '1910–2023년']);
    expect(wrapText('出典付きの拡大・縮小できる年表', 10)).toEqual(['出典付きの', '拡大・縮小', 'できる年表']);
  });
});
