import { TIMELINE } from '../model/timeline';

/** The timeline's own title in English: downloaded files are named after it, in ASCII, whatever the page's language. */
export const TIMELINE_TITLE = TIMELINE.title;
/** The day the dataset last changed (`YYYY-MM-DD`): the date a citation gives the timeline's page. */
export const TIMELINE_UPDATED = TIMELINE.updated;

/**
 * Downloaded files are named after the timeline and the day: `japan-south-korea-relations-2026-12-01.csv`,
 * from the title's words before its first comma (its years would read as part of the date).
 */
export const fileStem = (title: string): string =>
  (title.split(',')[0] ?? title)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join('-') || 'timeline';

const FILE_STEM = fileStem(TIMELINE_TITLE);

export const exportFileName = (day: string, extension: 'csv' | 'json' | 'svg' | 'png'): string => `${FILE_STEM}-${day}.${extension}`;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The reader's own calendar day (`YYYY-MM-DD`): the day they accessed the timeline or saved a file. */
export const localDay = (now: Date = new Date()): string => `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
