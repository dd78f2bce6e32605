import { describe, expect, it } from 'vitest';
import { dataset } from '../testing/realDataset';
import { otherEnd, relationsOf } from './relations';

const relations = dataset.relations ?? [];

describe('relations of an event', () => {
  it('are those that start or end at it, in the order of the data', () => {
    const mine = relationsOf(relations, 'gsomia-extension');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine).toEqual(relations.filter((r) => r.from === 'gsomia-extension' || r.to === 'gsomia-extension'));
    expect(relationsOf(relations, 'no-such-event')).toEqual([]);
  });

  it('name the other end and which side the event is on', () => {
    const [relation] = relations;
    if (!relation) throw new Error('the dataset has no relations');
    expect(otherEnd(relation, relation.from)).toEqual({ otherId: relation.to, side: 'from' });
    expect(otherEnd(relation, relation.to)).toEqual({ otherId: relation.from, side: 'to' });
  });
});
