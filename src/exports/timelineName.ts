/** The timeline's own title, as its header gives it: what a citation names as the work. */
export const TIMELINE_TITLE = 'Japan–South Korea relations, 1910–2023';
/** What the title says the work is, for a citation's container. */
export const TIMELINE_KIND = 'a sourced, zoomable timeline';

/** Downloaded files are named after the timeline and the day: `japan-south-korea-relations-2026-12-01.csv`. */
const FILE_STEM = 'japan-south-korea-relations';

export const exportFileName = (day: string, extension: 'csv' | 'json' | 'svg' | 'png'): string => `${FILE_STEM}-${day}.${extension}`;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The reader's own calendar day (`YYYY-MM-DD`): the day they accessed the timeline or saved a file. */
export const localDay = (now: Date = new Date()): string => `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
