import { describe, expect, it } from 'vitest';
import ko from '../data/translations/ko.json';
import { ko as koCatalogue } from './catalogues/ko';
import { koLater } from './catalogues/later/ko';
import { enCurate } from './catalogues/workbench/en';
import { createCurateI18n, fetchCurateCatalogue } from './curateWords';

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
