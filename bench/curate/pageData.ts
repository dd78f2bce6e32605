/**
 * What the workbench's page benchmark (bench/curate/page.ts) loads and checks, worked out on its own: a
 * TimelineJS CSV of N dated rows (what a curator moving an existing timeline over would import), the passages
 * selected in a source, and the figures it prints.
 */
import { median, percentile } from '../harness/stats';

/** The header of TimelineJS's Google Sheet template, as its CSV export writes it. */
export const TIMELINEJS_HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

const GROUPS = ['Politics', 'Trade', 'Culture', 'Science'];
const TOPICS = ['harbour', 'railway', 'library', 'bridge', 'museum', 'school', 'market', 'stadium', 'hospital', 'park'];

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export const csvField = (value: string): string => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The headline of row `i` (from 0): different for every row, so that every draft gets its own id. */
export const rowHeadline = (i: number): string =>
  `${TOPICS[i % TOPICS.length] ?? ''} project ${i + 1} approved`.replace(/^./, (c) => c.toUpperCase());

/**
 * A TimelineJS CSV of `rows` slides after a title slide: one a fortnight from 1 January 1990, each with its own
 * headline, a text with a comma and a quote in it, and a group.
 */
export function timelineJsCsv(rows: number): string {
  const lines = [TIMELINEJS_HEADER, ',,,,,,,,,Generated timeline,<p>Many dated slides.</p>,,,,,title,,'];
  const first = Date.UTC(1990, 0, 1);
  for (let i = 0; i < rows; i++) {
    const day = new Date(first + i * 14 * 86_400_000);
    const fields = [
      String(day.getUTCFullYear()),
      String(day.getUTCMonth() + 1),
      String(day.getUTCDate()),
      '',
      '',
      '',
      '',
      '',
      '',
      rowHeadline(i),
      `<p>The council, after a "long" debate, approved project ${i + 1}.</p>`,
      '',
      '',
      '',
      '',
      '',
      GROUPS[i % GROUPS.length] ?? '',
      '',
    ];
    lines.push(fields.map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `count` different sentences of `text` to select, each of 40 to 240 characters, spread over the text (a sentence
 * the text holds twice is selected where it first is). Fewer when the text has fewer.
 */
export function passagesOf(text: string, count: number): string[] {
  const sentences = (text.match(/[^.!?\n]+[.!?]/g) ?? []).map((s) => s.trim());
  const fit = [...new Set(sentences)].filter((s) => s.length >= 40 && s.length <= 240);
  if (fit.length <= count) return fit;
  const step = fit.length / count;
  return Array.from({ length: count }, (_, i) => fit[Math.floor(i * step)] ?? '');
}

export interface Figures {
  readonly actions: number;
  readonly failed: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** p50, p95 (nearest rank) and max of the times of the actions that took place. */
export function figures(times: readonly (number | null)[]): Figures {
  const done = times.filter((t): t is number => t !== null);
  return {
    actions: times.length,
    failed: times.length - done.length,
    p50: median(done),
    p95: percentile(done, 95),
    max: done.length ? Math.max(...done) : Number.NaN,
  };
}

/** Met when every action took place and the p95 is within the target. */
export const meets = (f: Figures, targetMs: number): boolean => f.failed === 0 && f.actions > 0 && f.p95 <= targetMs;
