import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetInput } from '../src/model/validateDataset';

/** Reads the dataset's files from disk as the app bundles them: the two JSON files and the article texts. */
export function loadDatasetFiles(dataDir: string): DatasetInput {
  const readJson = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  const articles = join(dataDir, 'articles');
  const texts = Object.fromEntries(
    readdirSync(articles)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(articles, f), 'utf8')]),
  );
  return { sources: readJson('sources.json'), events: readJson('events.json'), texts };
}
