import type { Relation, RelationKind } from './types';

/**
 * Each kind of relation in words, read from the event it starts at (`from`) and from the other end (`to`). The words
 * name no party of any one topic: whose position a relation reports is in its quote ("Japan maintains …") and note.
 */
export const LINK_WORDS: Readonly<Record<RelationKind, { readonly from: string; readonly to: string }>> = {
  'responds-to': { from: 'Responds to', to: 'Responded to by' },
  'comes-after': { from: 'Comes after', to: 'Comes before' },
  precedes: { from: 'Comes before', to: 'Comes after' },
  'first-since': { from: 'The first since', to: 'The last before' },
  prepares: { from: 'Prepares', to: 'Prepared by' },
  announces: { from: 'Announces', to: 'Announced by' },
  concerns: { from: 'Is about', to: 'The subject of' },
  since: { from: 'Has gone on since', to: 'The start of' },
  during: { from: 'Comes during', to: 'Going on during' },
  'part-of': { from: 'Part of', to: 'Includes' },
  'held-settled-by': { from: 'Held by one side to be settled by', to: 'Held by one side to settle' },
  'would-resume': { from: 'Would resume', to: 'Would be resumed by' },
};

/** A relation as seen from one of its events: the other event's id, and the kind in words from this side. */
export function relationFromSide(relation: Relation, eventId: string): { readonly otherId: string; readonly words: string } {
  return relation.from === eventId
    ? { otherId: relation.to, words: LINK_WORDS[relation.kind].from }
    : { otherId: relation.from, words: LINK_WORDS[relation.kind].to };
}

/** The relations that start or end at an event, in the order of the data. */
export const relationsOf = (relations: readonly Relation[], eventId: string): Relation[] =>
  relations.filter((relation) => relation.from === eventId || relation.to === eventId);
