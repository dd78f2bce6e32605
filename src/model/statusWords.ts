import type { Status } from './types';

/**
 * What each status means in English, for the TimelineJS export of the curation workbench (a curator's format,
 * written in English) and as the reference the translations' status words are checked against. Readers' pages
 * take their status words from the dataset's words in their language (src/data/translations/).
 */
export const STATUS_WORDS: Readonly<Record<Status, { label: string; meaning: string }>> = {
  happened: { label: 'Happened', meaning: 'it had taken place when the article was published.' },
  announced: { label: 'Announced', meaning: 'officials had set it for a date; it had not yet taken place when the article was published.' },
  planned: { label: 'Planned', meaning: 'an intention reported by the article, not yet done or given a firm date.' },
};
