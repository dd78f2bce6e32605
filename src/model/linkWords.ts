import type { EventLink, LinkKind } from './types';

/**
 * Each kind of link in words, read from the event it starts at (`from`) and from the other end (`to`). The words
 * name no party of any one topic: whose position a link reports is in its quote ("Japan maintains …") and note.
 */
export const LINK_WORDS: Readonly<Record<LinkKind, { readonly from: string; readonly to: string }>> = {
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

/** A link as seen from one of its events: the other event's id, and the kind in words from this side. */
export function linkFromSide(link: EventLink, eventId: string): { readonly otherId: string; readonly words: string } {
  return link.from === eventId
    ? { otherId: link.to, words: LINK_WORDS[link.kind].from }
    : { otherId: link.from, words: LINK_WORDS[link.kind].to };
}

/** The links that start or end at an event, in the order of the data. */
export const linksOf = (links: readonly EventLink[], eventId: string): EventLink[] =>
  links.filter((link) => link.from === eventId || link.to === eventId);
