import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positionsIn, takeAt } from './eventSubsets';
import { takeWhere } from '../testing/takeWhere';

describe('the parts taken from an array', () => {
  it('keeps the items kept, in order, and knows where each came from', () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    const part = takeWhere(all, (item) => item !== 'b' && item !== 'd');
    expect(part).toEqual(['a', 'c', 'e']);
    expect([...(positionsIn(part, all) ?? [])]).toEqual([0, 2, 4]);
  });

  it('takes the items at given positions, and knows where they came from', () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    const part = takeAt(all, Int32Array.of(1, 3));
    expect(part).toEqual(['b', 'd']);
    expect([...(positionsIn(part, all) ?? [])]).toEqual([1, 3]);
    expect([...(positionsIn(takeAt(part, Int32Array.of(1)), all) ?? [])]).toEqual([3]);
  });

  it('knows where a part of a part came from in the whole', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }), (values, m, n) => {
        const all = values.map((value, i) => ({ value, i }));
        const part = takeWhere(all, (item) => item.value % m !== 0);
        const partOfPart = takeWhere(part, (item) => item.value % n !== 0);
        expect(Array.from(positionsIn(partOfPart, all) ?? [])).toEqual(partOfPart.map((item) => item.i));
        // Asked again, the same answer.
        expect(Array.from(positionsIn(partOfPart, all) ?? [])).toEqual(partOfPart.map((item) => item.i));
      }),
    );
  });

  it('says nothing of an array not taken from the whole, or of the whole itself', () => {
    const all = [1, 2, 3];
    expect(positionsIn(all, all)).toBeUndefined();
    expect(positionsIn([1, 3], all)).toBeUndefined();
    expect(
      positionsIn(
        takeWhere([1, 2, 3], () => true),
        all,
      ),
    ).toBeUndefined();
  });
});
