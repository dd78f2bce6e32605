import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { DatasetFile } from '../src/exports/datasetJson';

/**
 * A small dataset in the project's one-file format, as the curation workbench downloads it, for the tests of
 * `npm run import-data`, "Save to project" and the build of imported data: one source that is not one of the
 * project's (a short wire report written for these tests), two events quoted from it, a link between them, and
 * their Korean and Japanese titles and labels.
 */
export const IMPORTED_ARTICLE =
  'SEOUL, March 5 (Wire) -- The foreign ministers of South Korea and Japan met in Seoul on Monday and agreed to resume ' +
  'their regular shuttle talks, the ministry said.\n\nThe two ministers will meet again in Tokyo in June 2024, officials said.\n';

/** The quote the first event rests on, as the built page must show it. */
export const IMPORTED_QUOTE =
  'The foreign ministers of South Korea and Japan met in Seoul on Monday and agreed to resume their regular shuttle talks';

export function importableExport(): DatasetFile {
  return {
    sources: [
      {
        id: 'wire-2024-03-05',
        file: 'wire-2024-03-05.txt',
        publisher: 'Wire',
        headline: 'S. Korean, Japanese foreign ministers agree to resume shuttle talks',
        byline: 'Wire staff',
        publishedAsPrinted: 'March 5, 2024',
        published: '2024-03-05',
      },
    ],
    events: [
      {
        id: 'foreign-ministers-meet-seoul-2024',
        title: 'The foreign ministers of South Korea and Japan meet in Seoul and agree to resume shuttle talks',
        label: 'Ministers meet in Seoul',
        start: '2024-03-04',
        status: 'happened',
        tags: ['diplomacy'],
        citations: [
          {
            source: 'wire-2024-03-05',
            quote: IMPORTED_QUOTE,
            dating: { words: 'Monday', reference: '2024-03-05', resolved: '2024-03-04' },
          },
        ],
      },
      {
        id: 'foreign-ministers-meet-tokyo-2024',
        title: 'The foreign ministers are to meet again in Tokyo',
        label: 'Ministers to meet in Tokyo',
        start: '2024-06',
        status: 'announced',
        tags: ['diplomacy'],
        citations: [
          {
            source: 'wire-2024-03-05',
            quote: 'The two ministers will meet again in Tokyo in June 2024',
            dating: { words: 'June 2024', reference: '2024-03-05', resolved: '2024-06' },
          },
        ],
      },
    ],
    relations: [
      {
        kind: 'comes-after',
        from: 'foreign-ministers-meet-tokyo-2024',
        to: 'foreign-ministers-meet-seoul-2024',
        source: 'wire-2024-03-05',
        quote: 'will meet again',
      },
    ],
    texts: { 'wire-2024-03-05.txt': IMPORTED_ARTICLE },
    translations: {
      ko: {
        events: {
          'foreign-ministers-meet-seoul-2024': {
            title: '한일 외교장관이 서울에서 만나 정례 셔틀 회담 재개에 합의',
            label: '서울 외교장관 회담',
          },
          'foreign-ministers-meet-tokyo-2024': { title: '한일 외교장관이 도쿄에서 다시 만날 예정', label: '도쿄 외교장관 회담 예정' },
        },
      },
      ja: {
        events: {
          'foreign-ministers-meet-seoul-2024': {
            title: '日韓外相がソウルで会談し、定期的なシャトル協議の再開で合意',
            label: 'ソウルで外相会談',
          },
          'foreign-ministers-meet-tokyo-2024': { title: '日韓外相が東京で再び会談する予定', label: '東京で外相会談の予定' },
        },
      },
    },
  };
}

/** Fresh copies of the project's dataset folder in a temporary folder of their own, for tests that import into them. */
export function datasetCopies(prefix: string): { readonly root: string; copy(): string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  let copies = 0;
  return {
    root,
    copy() {
      copies += 1;
      const dir = join(root, `data-${copies}`);
      cpSync('src/data', dir, { recursive: true });
      return dir;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Every file of a folder and its bytes, to show that a refused import changed nothing. */
export function folderSnapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return files;
}
