import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_MAX_LENGTH } from '../model/schema';
import { SLUG, shortLabel, slugOf, unusedId } from './draftNames';

describe('ids from headlines', () => {
  it.each([
    ['Apollo 11 lands on the Moon!', 'apollo-11-lands-on-the-moon'],
    ['  Ça va, Zoë?  ', 'ca-va-zoe'],
    ['=HYPERLINK("http://evil.example")', 'hyperlink-http-evil-example'],
    ['한일 관계', 'event'],
  ])('%j → %j', (title, slug) => {
    expect(slugOf(title)).toBe(slug);
  });

  it('cuts a long id at a hyphen', () => {
    const slug = slugOf('The dispute spreads to trade and security: both sides tighten export restrictions and more');
    expect(slug).toBe('the-dispute-spreads-to-trade-and-security-both-sides-tighten');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('is always a slug the validator accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (title) => {
        expect(slugOf(title)).toMatch(SLUG);
      }),
    );
  });

  it('numbers an id that is taken, with the first free number', () => {
    expect(unusedId('apollo', new Set())).toBe('apollo');
    expect(unusedId('apollo', new Set(['apollo', 'apollo-2']))).toBe('apollo-3');
  });
});

describe('labels from titles', () => {
  it('keeps a title that fits', () => {
    expect(shortLabel('Apollo 11')).toBe('Apollo 11');
    expect(shortLabel('x'.repeat(LABEL_MAX_LENGTH))).toBe('x'.repeat(LABEL_MAX_LENGTH));
  });

  it('cuts a long title between words, without trailing punctuation, and says it is cut', () => {
    expect(shortLabel('Kennedy asks Congress for a Moon landing')).toBe('Kennedy asks Congress for a…');
    expect(shortLabel('The 1965 pact, under which Tokyo paid Seoul')).toBe('The 1965 pact, under which…');
    expect(shortLabel('Customs chiefs meet in Seoul: the first such meeting')).toBe('Customs chiefs meet in Seoul…');
  });

  it('cuts a first word too long for a label where it must, never inside a character', () => {
    expect(shortLabel('Supercalifragilisticexpialidocious-and-more words')).toBe('Supercalifragilisticexpialido…');
    expect(shortLabel('😀'.repeat(20))).toBe(`${'😀'.repeat(14)}…`);
  });

  it('always fits beside a mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (title) => {
        const label = shortLabel(title);
        expect(label.length).toBeLessThanOrEqual(LABEL_MAX_LENGTH);
        if (title.trim().length <= LABEL_MAX_LENGTH) expect(label).toBe(title.trim());
      }),
    );
  });
});
