import { describe, expect, it } from 'vitest';
import { englishCurateI18n, japaneseCurateI18n } from '../testing/curateI18n';
import { howLine } from './howWords';
import { markedDates } from './prefill';

const source = {
  id: 'news',
  file: 'news.txt',
  publisher: 'Example News',
  headline: 'Plan approved',
  byline: 'By Staff',
  publishedAsPrinted: '2019-11-29',
  published: '2019-11-29',
  text: 'The board met last Friday. The port was rebuilt in the 1990s. The two days later were quiet.',
};

describe('how a found date was read, in words', () => {
  it('says the convention and the day counted from, or that the words give the date as written', () => {
    const [friday, decade] = markedDates(source);
    if (!friday || !decade) throw new Error('dates not found');
    expect(howLine(englishCurateI18n, friday)).toBe(
      'last Friday: that weekday of the week before, counted from Fri, 29 Nov 2019 → 22 November 2019',
    );
    expect(howLine(englishCurateI18n, decade)).toBe('the 1990s: as written → 1990 – 1999');
    expect(howLine(japaneseCurateI18n, friday)).toMatch(/^last Friday：前の週のその曜日、2019.*から数える → 2019年11月22日$/);
  });

  it('says why words give no date, and what the curator read in place of the finder', () => {
    const marked = markedDates(source);
    const later = marked.find((m) => m.found.text.includes('days later'));
    expect(later && howLine(englishCurateI18n, later)).toBe(
      'two days later: no date can be drawn from these words: they count from a day the article tells of, not from its publication',
    );
    const friday = marked[0];
    if (!friday) throw new Error('no date');
    const corrected = { ...friday, correction: { start: friday.found.start, end: friday.found.end, date: '2019-11' } };
    expect(howLine(englishCurateI18n, corrected)).toBe(
      'last Friday: read by the curator as November 2019 (the finder read 22 November 2019)',
    );
  });
});
