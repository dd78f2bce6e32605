import { describe, expect, it } from 'vitest';
import type { Catalogue, CurateCatalogue, LaterCatalogue } from './catalogue';
import { enCurate } from './catalogues/workbench/en';
import { jaCurate } from './catalogues/workbench/ja';
import { koCurate } from './catalogues/workbench/ko';
import { en } from './catalogues/en';
import { ja } from './catalogues/ja';
import { ko } from './catalogues/ko';
import { enLater } from './catalogues/later/en';
import { jaLater } from './catalogues/later/ja';
import { koLater } from './catalogues/later/ko';
import { type Message, placeholdersOf } from './message';

const texts = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message: Message): string[] => [...new Set(texts(message).flatMap(placeholdersOf))].sort();

/**
 * Each language's words in their three parts: the first screen's, those that load with the views opened later, and
 * the curation workbench's own.
 */
describe.each([
  ['ko', ko, koLater, koCurate],
  ['ja', ja, jaLater, jaCurate],
] as const)('the %s catalogue', (_name, first: Catalogue, later: LaterCatalogue, curate: CurateCatalogue) => {
  describe.each([
    ['first screen', first, en],
    ['later views', later, enLater],
    ['curation workbench', curate, enCurate],
  ] as const)('in its %s part', (_part, catalogue: Readonly<Record<string, Message>>, english: Readonly<Record<string, Message>>) => {
    it('has exactly the English keys of that part', () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
    });

    it('fills the same placeholders as the English message of each key', () => {
      for (const [key, message] of Object.entries(english)) expect(placeholders(catalogue[key] ?? ''), key).toEqual(placeholders(message));
    });

    it('has a message wherever English has one, never an empty one', () => {
      for (const key of Object.keys(english)) for (const text of texts(catalogue[key] ?? '')) expect(text.trim(), key).not.toBe('');
    });
  });
});

describe('the English catalogue', () => {
  it('gives every plural message its "other" form and a placeholder {count}', () => {
    for (const [key, message] of Object.entries({ ...en, ...enLater, ...enCurate })) {
      if (typeof message === 'string') continue;
      expect(message.other, key).toContain('{count}');
    }
  });

  it('files each key in one part only: the first screen’s words, the later views’ or the workbench’s', () => {
    expect(Object.keys(en).filter((key) => key in enLater || key in enCurate)).toEqual([]);
    expect(Object.keys(enLater).filter((key) => key in enCurate)).toEqual([]);
  });

  it('keeps the workbench’s words out of the readers’ parts, and only them in its own', () => {
    expect(Object.keys({ ...en, ...enLater }).filter((key) => key.startsWith('curate.'))).toEqual([]);
    expect(Object.keys(enCurate).filter((key) => !key.startsWith('curate.'))).toEqual([]);
  });
});
