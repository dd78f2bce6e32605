import { describe, expect, it } from 'vitest';
import type { Catalogue } from './catalogue';
import { en } from './catalogues/en';
import { ja } from './catalogues/ja';
import { ko } from './catalogues/ko';
import { type Message, placeholdersOf } from './message';

const texts = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));
const placeholders = (message: Message): string[] => [...new Set(texts(message).flatMap(placeholdersOf))].sort();

describe.each([
  ['ko', ko],
  ['ja', ja],
] as const)('the %s catalogue', (_name, catalogue: Catalogue) => {
  it('has exactly the English keys', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it('fills the same placeholders as the English message of each key', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(placeholders(catalogue[key]), key).toEqual(placeholders(en[key]));
  });

  it('has a message wherever English has one, never an empty one', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[])
      for (const text of texts(catalogue[key])) expect(text.trim(), key).not.toBe('');
  });
});

describe('the English catalogue', () => {
  it('gives every plural message its "other" form and a placeholder {count}', () => {
    for (const [key, message] of Object.entries(en)) {
      if (typeof message === 'string') continue;
      expect(message.other, key).toContain('{count}');
    }
  });
});
