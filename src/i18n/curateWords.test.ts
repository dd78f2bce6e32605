import { describe, expect, it } from 'vitest';
import ko from '../data/translations/ko.json';
import { ko as koCatalogue } from './catalogues/ko';
import { koLater } from './catalogues/later/ko';
import { enCurate } from './catalogues/workbench/en';
import { createCurateI18n, fetchCurateCatalogue } from './curateWords';
import { PROBLEM_KINDS } from '../model/problemKinds';

describe("the workbench's own words", () => {
  it('exist for every language the timeline speaks, each a chunk of its own', async () => {
    for (const language of ['en', 'ko', 'ja'] as const)
      expect(Object.keys(await fetchCurateCatalogue(language)).sort()).toEqual(Object.keys(enCurate).sort());
  });

  it("complete the page's language: its translator knows the workbench's keys and every reader's, in its language", async () => {
    const korean = createCurateI18n('ko', { catalogue: koCatalogue, later: koLater, curate: await fetchCurateCatalogue('ko') }, ko, ko);
    expect(korean.t('curate.undo')).toBe('되돌리기');
    expect(korean.t('cite.copy')).toBe('복사');
    expect(korean.t('panel.next')).toBe(koCatalogue['panel.next']);
    expect(korean.later.read().t('cite.copy')).toBe('복사');
  });
});

describe('the words for the validator’s problems', () => {
  it.each(['en', 'ko', 'ja'] as const)('give every kind of problem a sentence of its own in %s', async (language) => {
    const words = await fetchCurateCatalogue(language);
    const sentences = PROBLEM_KINDS.map((kind) => {
      const key = `curate.problem.${kind}` as const;
      const sentence = words[key];
      if (typeof sentence !== 'string') throw new Error(`${key} is not one sentence`);
      expect(sentence.trim(), key).not.toBe('');
      expect(sentence, key).not.toBe(key);
      expect(sentence, key).not.toContain(kind);
      // A whole sentence: it ends as the language ends one.
      expect(sentence, key).toMatch(/[.。]$/);
      return sentence;
    });
    // No two kinds share a sentence, so that each says what is wrong.
    expect(new Set(sentences).size).toBe(PROBLEM_KINDS.length);
  });

  it('are in Korean and Japanese, not the English left in place', async () => {
    const english = await fetchCurateCatalogue('en');
    for (const language of ['ko', 'ja'] as const) {
      const words = await fetchCurateCatalogue(language);
      for (const kind of PROBLEM_KINDS) {
        const key = `curate.problem.${kind}` as const;
        expect(words[key], key).not.toBe(english[key]);
        expect(words[key], key).toMatch(language === 'ko' ? /\p{Script=Hangul}/u : /\p{Script=Hiragana}|\p{Script=Katakana}/u);
      }
    }
  });
});
