import { describe, expect, it } from 'vitest';
import { englishI18n, japaneseI18n, koreanI18n } from '../testing/englishI18n';
import { eventById } from '../testing/realDataset';
import { datingsToExplain, describeSourceCount } from './eventWords';

describe('how many sources an event has', () => {
  it('counts sources, and the passages where a source is quoted more than once, in each language’s words', () => {
    const colonial = eventById('japanese-colonial-rule').citations;
    const meeting = eventById('customs-meeting-2016').citations;
    expect(describeSourceCount(englishI18n, colonial)).toBe('2 sources');
    expect(describeSourceCount(englishI18n, meeting)).toBe('1 source, 2 passages');
    expect(describeSourceCount(koreanI18n, meeting)).toBe('출처 1개, 인용 2곳');
    expect(describeSourceCount(japaneseI18n, colonial)).toBe('出典2件');
  });
});

describe('the readings of a date worth explaining', () => {
  const words = (id: string) => datingsToExplain(eventById(id)).map((d) => d.words);

  it('explains words counted from the article’s date, and not words that were a date already', () => {
    expect(words('forced-labor-rulings')).toEqual(['October last year']);
    expect(words('gsomia-signed')).toEqual([]);
    expect(words('japanese-colonial-rule')).toEqual([]);
    expect(words('tokyo-export-control-talks')).toEqual(['next month', 'the third week in December']);
  });
});
