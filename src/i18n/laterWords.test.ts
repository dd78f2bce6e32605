import { describe, expect, it, vi } from 'vitest';
import { enLater } from './catalogues/later/en';
import { en } from './catalogues/en';
import { createI18n } from './i18n';
import { fetchLaterCatalogue, laterWords } from './laterWords';
import words from '../data/translations/en.json';
import ko from '../data/translations/ko.json';
import { ko as koCatalogue } from './catalogues/ko';
import { TIMELINE } from '../model/timeline';

/** What read() threw: a promise (the render waits) or an error. */
function thrown(read: () => unknown): unknown {
  try {
    read();
  } catch (reason) {
    return reason;
  }
  throw new Error('read() returned');
}

describe("a page's later words", () => {
  it('are not fetched until a view wants them, and then once', async () => {
    const fetch = vi.fn(() => Promise.resolve(enLater));
    const later = laterWords(fetch, (w) => w['cite.copy']);
    expect(fetch).not.toHaveBeenCalled();
    const waiting = thrown(() => later.read());
    expect(waiting).toBeInstanceOf(Promise);
    await expect(later.load()).resolves.toBe('Copy');
    expect(later.read()).toBe('Copy');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('give a failed fetch to the error boundary once, and fetch again the next time', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(enLater);
    const later = laterWords(fetch, (w) => w['cite.copy']);
    await expect(thrown(() => later.read())).rejects.toThrow('offline');
    expect(thrown(() => later.read())).toEqual(new Error('offline'));
    await expect(thrown(() => later.read())).resolves.toBe('Copy');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("complete the page's language: its translator then knows every key, in its language", async () => {
    const korean = createI18n('ko', koCatalogue, ko, ko);
    const full = await korean.later.load();
    expect(full.t('cite.copy')).toBe('복사');
    expect(full.t('panel.next')).toBe(korean.t('panel.next'));
    expect(full.dates).toBe(korean.dates);
  });

  it('are at hand at once when given', () => {
    const english = createI18n('en', en, words, TIMELINE, enLater);
    expect(english.later.read().t('relation.precedes.from', { event: 'X' })).toBe('Comes before X');
  });

  it('exist for every language the timeline speaks', async () => {
    for (const language of ['en', 'ko', 'ja'] as const)
      expect(Object.keys(await fetchLaterCatalogue(language)).sort()).toEqual(Object.keys(enLater).sort());
  });
});
