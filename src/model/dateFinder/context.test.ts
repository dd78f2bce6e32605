import { describe, expect, it } from 'vitest';
import { firstBefore, leadBefore, sentenceEnd, sentenceStart, tenseAt } from './context';

/** The tense read at the first place the words stand, and the word that gave it. */
const tense = (text: string, words: string) => {
  const at = text.indexOf(words);
  const cue = tenseAt(text, at, at + words.length);
  return cue && [cue.direction, text.slice(cue.start, cue.end)];
};

describe('sentences', () => {
  it('a sentence starts after a full stop, not after an abbreviation or an initial', () => {
    const text = 'It rained. S. Korean and U.S. officials met on Nov. 3 in Seoul.';
    expect(sentenceStart(text, text.indexOf('Seoul'))).toBe(text.indexOf('S. Korean'));
    expect(sentenceEnd(text, text.indexOf('officials'))).toBe(text.length - 1);
  });
});

describe('tenseAt', () => {
  it('reads the nearest cue before the date words', () => {
    expect(tense('The envoys will meet on Friday.', 'Friday')).toEqual(['future', 'will']);
    expect(tense('The minister said Tuesday that talks will resume.', 'Tuesday')).toEqual(['past', 'said']);
    expect(tense('Officials are scheduled to sign the deal on Tuesday.', 'Tuesday')).toEqual(['future', 'scheduled']);
    expect(tense('Japan slapped curbs on exports in July.', 'July')).toEqual(['past', 'slapped']);
    expect(tense('The company plans to launch the service in June.', 'June')).toEqual(['future', 'plans']);
    expect(tense('They unveiled a plan in July.', 'July')).toEqual(['past', 'unveiled']);
  });

  it('passes over a participle after "be" or "to": "set to be held"', () => {
    expect(tense('The meeting is set to be held during the third week in December.', 'the third week')).toEqual(['future', 'set']);
  });

  it('reads the cue after a date that opens its sentence, and none after a date inside a clause', () => {
    expect(tense('On Monday, the two leaders will hold a summit.', 'Monday')).toEqual(['future', 'will']);
    expect(tense('In June, the two countries vowed to cooperate.', 'June')).toEqual(['past', 'vowed']);
    expect(tense('Kim on Friday and Lee will meet.', 'Friday')).toBeUndefined();
  });

  it('reads a present tense of a schedule as looking ahead', () => {
    expect(tense('The film festival runs Sept. 14-17 in Busan.', 'Sept.')).toEqual(['future', 'runs']);
  });

  it('does not look past the sentence', () => {
    expect(tense('Talks will resume. Officials met Thursday.', 'Thursday')).toEqual(['past', 'met']);
    expect(tense('Talks will resume\nThursday', 'Thursday')).toBeUndefined();
  });
});

describe('firstBefore and leadBefore', () => {
  it('knows a "first" or a superlative earlier in the sentence', () => {
    const text = 'It marked the first of its kind since 2016. Prices have risen since 2016.';
    expect(firstBefore(text, text.indexOf('since 2016'))).toBe(true);
    expect(firstBefore(text, text.lastIndexOf('since 2016'))).toBe(false);
  });

  it('finds "since" or "by" just before the date words', () => {
    const text = 'at odds since October, done by Friday, signed in July';
    expect(leadBefore(text, text.indexOf('October'))).toEqual({ word: 'since', start: text.indexOf('since') });
    expect(leadBefore(text, text.indexOf('Friday'))?.word).toBe('by');
    expect(leadBefore(text, text.indexOf('July'))).toBeUndefined();
  });
});
