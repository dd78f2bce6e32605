import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDatasetFile } from '../src/exports/datasetJson';
import type { DatasetInput } from '../src/model/validateDataset';

/** A dataset folder (as src/data), or one `.json` file in the format "Download the data" gives. */
export function loadDataset(path: string): DatasetInput {
  if (!path.endsWith('.json')) return loadDatasetFiles(path);
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return readDatasetFile(json);
  } catch (error) {
    throw new Error(`it ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Reads the dataset's files from disk as the app bundles them: the JSON files and the article texts. */
export function loadDatasetFiles(dataDir: string): DatasetInput {
  const readJson = (file: string): unknown => {
    const text = readFileSync(join(dataDir, file), 'utf8');
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`${file} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  };
  const articles = join(dataDir, 'articles');
  const texts = Object.fromEntries(
    readdirSync(articles)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(articles, f), 'utf8')]),
  );
  const translationsDir = join(dataDir, 'translations');
  const translations = existsSync(translationsDir)
    ? Object.fromEntries(
        readdirSync(translationsDir)
          .filter((f) => f.endsWith('.json'))
          .map((f) => [f.replace(/\.json$/, ''), readJson(join('translations', f))]),
      )
    : {};
  return {
    sources: readJson('sources.json'),
    events: readJson('events.json'),
    relations: readJson('relations.json'),
    texts,
    ...(existsSync(join(dataDir, 'timeline.json')) && { timeline: readJson('timeline.json') }),
    translations,
  };
}
