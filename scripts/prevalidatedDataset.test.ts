import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/model/validateDataset';
import { loadDatasetFiles } from './loadDatasetFiles';
import { prevalidatedModule } from './prevalidatedDataset';

/** The JSON the generated module parses when the page starts. */
const writtenIn = (code: string): unknown =>
  JSON.parse(JSON.parse(/^const checked = JSON\.parse\((".*")\);$/m.exec(code)?.[1] ?? '""') as string);

describe('prevalidatedModule', () => {
  const { sources, events, texts } = loadDatasetFiles('src/data');

  it('writes in the dataset exactly as the validator gives it', () => {
    const { dataset, problems } = validateDataset({ sources, events, texts });
    expect(writtenIn(prevalidatedModule({ sources, events, texts }))).toEqual({ dataset, problems, rejected: [] });
  });

  it('keeps the problems and the events left out of a broken dataset, for the page to report', () => {
    const broken = structuredClone(events) as { id: string; start: string }[];
    const first = broken[0];
    if (!first) throw new Error('the real dataset has no events');
    first.start = '2019-02-31';
    const written = writtenIn(prevalidatedModule({ sources, events: broken, texts })) as {
      problems: unknown[];
      rejected: string[];
    };
    expect(written.problems).toContainEqual(expect.objectContaining({ kind: 'not-a-date', eventId: first.id, path: ['start'] }));
    expect(written.rejected).toEqual([first.id]);
  });

  it('exports what src/data/dataset.ts exports', () => {
    const code = prevalidatedModule({ sources, events, texts });
    for (const name of ['export const dataset', 'export const datasetProblems', 'export async function loadDatasetRelations'])
      expect(code).toContain(name);
  });
});
