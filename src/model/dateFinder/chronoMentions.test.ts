import { describe, expect, it } from 'vitest';
import { findChronoMentions } from './chronoMentions';

const FRIDAY = Date.UTC(2019, 10, 29);
const read = (text: string, lowerCaseMonths = false) =>
  findChronoMentions(text, FRIDAY, 0, lowerCaseMonths).map((m) => [text.slice(m.start, m.end), m.said]);

describe('findChronoMentions', () => {
  it('keeps the parts the words state and none that chrono supplied', () => {
    expect(read('signed in November 2016')).toEqual([['November 2016', { form: 'calendar', year: 2016, month: 11 }]]);
    expect(read('on Nov. 29')).toEqual([['Nov. 29', { form: 'calendar', month: 11, day: 29 }]]);
    expect(read('in July')).toEqual([['July', { form: 'calendar', month: 7 }]]);
  });

  it('reads weekdays with the week they name', () => {
    expect(read('said Friday')).toEqual([['Friday', { form: 'weekday', weekday: 5, shift: 'none' }]]);
    expect(read('last Friday')).toEqual([['last Friday', { form: 'weekday', weekday: 5, shift: 'last' }]]);
    expect(read('next Tuesday')).toEqual([['next Tuesday', { form: 'weekday', weekday: 2, shift: 'next' }]]);
  });

  it('leaves the locative and the punctuation around a date out of its words', () => {
    expect(read('held dialogue on Thursday.')).toEqual([['Thursday', { form: 'weekday', weekday: 4, shift: 'none' }]]);
    expect(read('In June, they vowed')[0]?.[0]).toBe('June');
  });

  it('drops a time of day before chrono joins it to a date', () => {
    expect(read('at midnight last Friday').map(([words]) => words)).toEqual(['last Friday']);
    expect(read('Published : Sept. 8, 2023 - 09:54').map(([words]) => words)).toEqual(['Sept. 8, 2023']);
    expect(read('struck at 3:40 a.m.')).toEqual([]);
  });

  it('counts "yesterday" in days from the reference', () => {
    expect(read('walked out yesterday')).toEqual([['yesterday', { form: 'relative', unit: 'day', offset: -1 }]]);
  });

  it('reads "march" in lower case as a verb, unless told the words are date words', () => {
    expect(read('workers march through Seoul')).toEqual([]);
    expect(read('march', true)).toEqual([['march', { form: 'calendar', month: 3 }]]);
  });

  it('keeps both ends of a range', () => {
    expect(read('Sept. 14-17')).toEqual([
      ['Sept. 14-17', { form: 'range', from: { form: 'calendar', month: 9, day: 14 }, to: { form: 'calendar', month: 9, day: 17 } }],
    ]);
  });

  it('answers words read before as it first did, at any offset and from any publication day', () => {
    const texts = [
      ...['Wednesday', 'last Friday', 'Wednesday through Friday', 'Nov. 29', 'from June to August', 'yesterday'],
      ...['Feb. 29', 'two days ago', 'on Tuesday yesterday', 'Tuesday yesterday', 'Friday last week'],
    ];
    const days = [FRIDAY, Date.UTC(2020, 1, 10), Date.UTC(2021, 5, 1)];
    // The first reading of each text from each day, with nothing kept (a text of its own, unseen before).
    const fresh = (text: string, day: number, offset: number) =>
      findChronoMentions(`${text}${' '.repeat(130)}`, day, offset, false).map((m) => ({
        ...m,
        end: Math.min(m.end, offset + text.length),
      }));
    for (const day of days)
      for (const text of texts)
        for (const offset of [0, 17])
          expect(findChronoMentions(text, day, offset, false), `${text} from ${day} at ${offset}`).toEqual(fresh(text, day, offset));
  });

  it('gives every caller an array of its own', () => {
    const first = findChronoMentions('Thursday', FRIDAY, 0, false);
    first.push({ start: 0, end: 1, said: { form: 'duration' }, by: 'phrase' });
    expect(findChronoMentions('Thursday', FRIDAY, 0, false)).toHaveLength(1);
  });
});
