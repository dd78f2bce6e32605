import type { Status } from './types';

/** What each status means, in the words the panel, the list and the TimelineJS export use. */
export const STATUS_WORDS: Readonly<Record<Status, { label: string; meaning: string }>> = {
  happened: { label: 'Happened', meaning: 'it had taken place when the article was published.' },
  announced: { label: 'Announced', meaning: 'officials had set it for a date; it had not yet taken place when the article was published.' },
  planned: { label: 'Planned', meaning: 'an intention reported by the article, not yet done or given a firm date.' },
};
