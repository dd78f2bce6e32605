import type { Relation } from './types';

/** The relations that start or end at an event, in the order of the data. */
export const relationsOf = (relations: readonly Relation[], eventId: string): Relation[] =>
  relations.filter((relation) => relation.from === eventId || relation.to === eventId);

/** The event at a relation's other end, seen from `eventId`, and which end `eventId` is (the words differ by side). */
export const otherEnd = (relation: Relation, eventId: string): { readonly otherId: string; readonly side: 'from' | 'to' } =>
  relation.from === eventId ? { otherId: relation.to, side: 'from' } : { otherId: relation.from, side: 'to' };
