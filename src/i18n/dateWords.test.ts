import { describe, expect, it } from 'vitest';
import { parseEdtfBounds } from '../model/edtf';
import { parsePartialDate } from '../model/partialDate';
import { eventById } from '../testing/realDataset';
import { en } from './catalogues/en';
import { ja } from './catalogues/ja';
import { ko } from './catalogues/ko';
import { createI18n } from './i18n';

const date = (iso: string) => {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(`${iso} is not a date`);
  return parsed;
};
const data = {
  tags: {},
  statuses: { happened: { label: '', meaning: '' }, announced: { label: '', meaning: '' }, planned: { label: '', meaning: '' } },
};
const timeline = { title: '', pageTitle: '', description: '', about: { sourcesNote: '', curation: [] } };
const words = {
  en: createI18n('en', en, data, timeline).dates,
  ko: createI18n('ko', ko, data, timeline).dates,
  ja: createI18n('ja', ja, data, timeline).dates,
};

describe('dates in words, at their own precision', () => {
  it.each([
    ['2019-11-22', '22 November 2019', '2019년 11월 22일', '2019年11月22日'],
    ['2019-11', 'November 2019', '2019년 11월', '2019年11月'],
    ['2019', '2019', '2019년', '2019年'],
  ])('%s reads %s / %s / %s, never with a made-up day', (iso, english, korean, japanese) => {
    expect(words.en.date(date(iso))).toBe(english);
    expect(words.ko.date(date(iso))).toBe(korean);
    expect(words.ja.date(date(iso))).toBe(japanese);
  });

  it('says a week by its Monday, as a week', () => {
    expect(words.en.date(date('2019-W49'))).toBe('the week of 2 December 2019');
    expect(words.ko.date(date('2019-W49'))).toBe('2019년 12월 2일 주간');
    expect(words.ja.date(date('2019-W49'))).toBe('2019年12月2日の週');
  });

  it('writes bounds and open ends as whole phrases in each language', () => {
    const before = eventById('previous-dg-trade-meeting');
    expect(words.en.eventDate(before)).toBe('in December 2016 or before');
    expect(words.ko.eventDate(before)).toBe('2016년 12월 이전');
    expect(words.ja.eventDate(before)).toBe('2016年12月以前');
    const ongoing = eventById('tokyo-seoul-at-odds');
    expect(words.en.eventDate(ongoing)).toBe('from October 2018, still going on when reported on 29 November 2019');
    expect(words.ja.eventDate(ongoing)).toMatch(/^2018年10月から継続中/);
    const between = eventById('dispute-spreads-trade-security');
    expect(words.ko.eventDate(between)).toBe('2018년 10월에서 2019년 11월 29일 사이의 어느 시점');
  });

  it('ends a span of bounds at the end of the year that holds its earliest day', () => {
    const bounds = parseEdtfBounds('[2023-09-08..2023]');
    if (!bounds?.earliest || !bounds.latest) throw new Error('bounds expected');
    const basis = { words: 'x', citationIndex: 0 };
    const event = { start: bounds.earliest, earliest: { date: bounds.earliest, basis }, latest: { date: bounds.latest, basis } };
    expect(words.en.eventDate(event)).toBe('some time between 8 September 2023 and the end of 2023');
    expect(words.ja.eventDate(event)).toBe('2023年9月8日から2023年末までの間');
  });

  it('keeps a calendar date the same day in every time zone', () => {
    // The unit tests run in Honolulu and in Seoul: a UTC midnight read as local time would shift a day.
    expect(words.en.calendar('dayMonthYear', Date.UTC(2019, 10, 22))).toBe('22 November 2019');
    expect(words.ko.calendar('day', Date.UTC(2019, 10, 22))).toBe('22일');
  });

  it('describes a view with the number of its events, in the language’s plural', () => {
    const decade = { start: Date.UTC(1960, 0, 1), end: Date.UTC(1970, 0, 1) };
    expect(words.en.view(decade, 1)).toBe('1960 to 1970, 1 event');
    expect(words.en.view(decade, 1200)).toBe('1960 to 1970, 1,200 events');
    expect(words.ko.view(decade, 3)).toBe('1960년부터 1970년까지, 사건 3건');
  });

  it('writes a cluster’s span briefly, at the coarser precision of its ends', () => {
    // Intl writes the range with its own spaces (thin ones, in some browsers' data): compared as plain spaces.
    const plain = (text: string) => text.replace(/\s/g, ' ');
    expect(plain(words.en.shortSpan(date('2019-11-28'), date('2019-12-02')))).toBe('28 Nov – 2 Dec 2019');
    expect(plain(words.en.shortSpan(date('2016'), date('2019-11-22')))).toBe('2016 – 2019');
    expect(plain(words.ja.shortSpan(date('2019-11-28'), date('2019-12-02')))).toBe('2019年11月28日～12月2日');
    expect(plain(words.ko.shortSpan(date('2019-11-28'), date('2019-12-02')))).toBe('2019년 11월 28일 ~ 12월 2일');
  });
});
