import { describe, expect, it } from 'vitest';
import { validateRelations } from '../src/model/relationCheck';
import { validateDataset } from '../src/model/validateDataset';
import { loadDatasetFiles } from './loadDatasetFiles';
import { checkedRelationsModule, prevalidatedModule } from './prevalidatedDataset';

/** The JSON a generated module parses when it is loaded. */
const writtenIn = (code: string): unknown =>
  JSON.parse(JSON.parse(/^const \w+ = JSON\.parse\((".*")\);$/m.exec(code)?.[1] ?? '""') as string);

const { sources, events, relations, texts } = loadDatasetFiles('src/data');

describe('prevalidatedModule', () => {
  it('writes in the dataset exactly as the validator gives it', () => {
    const { dataset, problems } = validateDataset({ sources, events, texts });
    expect(writtenIn(prevalidatedModule({ sources, events, texts }))).toEqual({ dataset, problems });
  });

  it('keeps the problems of a broken dataset, for the page to report', () => {
    const broken = structuredClone(events) as { id: string; start: string }[];
    const first = broken[0];
    if (!first) throw new Error('the real dataset has no events');
    first.start = '2019-02-31';
    const written = writtenIn(prevalidatedModule({ sources, events: broken, texts })) as { problems: unknown[] };
    expect(written.problems).toContainEqual(expect.objectContaining({ kind: 'not-a-date', eventId: first.id, path: ['start'] }));
  });

  it('exports what src/data/dataset.ts exports', () => {
    const code = prevalidatedModule({ sources, events, texts });
    for (const name of ['export const dataset', 'export const datasetProblems', 'export const loadDatasetRelations'])
      expect(code).toContain(name);
  });
});

describe('checkedRelationsModule', () => {
  it('writes in the relations and their problems exactly as the page would check them', () => {
    const { dataset, rejected } = validateDataset({ sources, events, texts });
    const checked = validateRelations(relations, dataset, rejected);
    expect(checked.relations.length).toBeGreaterThan(0);
    expect(writtenIn(checkedRelationsModule({ sources, events, relations, texts }))).toEqual(checked);
  });

  it('leaves out, unreported, the relations of an event left out for its own problem', () => {
    const broken = structuredClone(events) as { id: string; start: string }[];
    const gsomia = broken.find((e) => e.id === 'gsomia-extension');
    if (!gsomia) throw new Error('the real dataset has no gsomia-extension');
    gsomia.start = '2019-02-31';
    const written = writtenIn(checkedRelationsModule({ sources, events: broken, relations, texts })) as {
      relations: { from: string; to: string }[];
      problems: unknown[];
    };
    expect(written.relations.length).toBeGreaterThan(0);
    expect(written.relations.filter((r) => r.from === gsomia.id || r.to === gsomia.id)).toEqual([]);
    expect(written.problems).toEqual([]);
  });
});
