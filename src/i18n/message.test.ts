import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf } from './message';

describe('formatting a message', () => {
  it('fills each placeholder with its value, and writes numbers the language’s way', () => {
    expect(formatMessage('{a} and {b}', { a: 'x', b: 12345 }, 'en-GB')).toBe('x and 12,345');
  });

  it('chooses the sentence of the plural category its count falls in', () => {
    const message = { one: '1 event', other: '{count} events' };
    expect(formatMessage(message, { count: 1 }, 'en-GB')).toBe('1 event');
    expect(formatMessage(message, { count: 2 }, 'en-GB')).toBe('2 events');
    // Korean has one form for every number.
    expect(formatMessage({ other: '사건 {count}건' }, { count: 1 }, 'ko-KR')).toBe('사건 1건');
  });

  it('leaves a placeholder without a value showing, so a missing one is seen rather than hidden', () => {
    expect(formatMessage('{date} of {who}', { date: '2019' }, 'en-GB')).toBe('2019 of {who}');
  });

  it('puts a value in as text, never reading it as another placeholder or a pattern', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        expect(formatMessage('[{v}]', { v: value }, 'en-GB')).toBe(`[${value}]`);
      }),
    );
  });

  it('names the placeholders of a text in order', () => {
    expect(placeholdersOf('{from} – {to}, {from}')).toEqual(['from', 'to', 'from']);
  });
});
