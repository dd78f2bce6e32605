import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetFile } from '../src/exports/datasetJson';
import { validateDatasetWithRelations } from '../src/model/validateRelations';
import { IMPORTED_ARTICLE, datasetCopies, folderSnapshot, importableExport } from './importFixture';
import { type ImportResult, describeImport, importDataset, importDatasetText } from './importDataset';
import { loadDatasetFiles } from './loadDatasetFiles';

const copies = datasetCopies('import-data-');
afterAll(() => copies.remove());
const work = copies.root;
const dataCopy = copies.copy;
const snapshot = folderSnapshot;

const refusedWith = (result: ImportResult): string[] => {
  expect(result.ok).toBe(false);
  expect(result.written).toEqual([]);
  return result.problems.map((p) => p.text);
};

/** Imports `file` into a fresh copy, checks it was refused and left the copy byte for byte as it was. */
async function refusedImport(file: unknown): Promise<ImportResult> {
  const dir = dataCopy();
  const before = snapshot(dir);
  const result = await importDataset(file, dir);
  expect(result.ok).toBe(false);
  expect(snapshot(dir)).toEqual(before);
  return result;
}

const withEvent = (change: (event: DatasetFile['events'][number]) => object, index = 0): DatasetFile => {
  const file = importableExport();
  return { ...file, events: file.events.map((e, i) => (i === index ? { ...e, ...change(e) } : e)) };
};

describe('importing a one-file dataset into the dataset folder', () => {
  it('adds the new source, its article, events, relation and translations, and the folder passes the validator', async () => {
    const dir = dataCopy();
    const before = snapshot(dir);
    const result = await importDataset(importableExport(), dir);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect([...result.written].sort()).toEqual(
      [
        'articles/wire-2024-03-05.txt',
        'events.json',
        'relations.json',
        'sources.json',
        'translations/ja.json',
        'translations/ko.json',
      ].sort(),
    );
    if (!result.ok) return;
    expect(result.summary).toEqual({
      sources: { added: 1, unchanged: 0 },
      events: { added: 2, unchanged: 0 },
      relations: { added: 1, unchanged: 0 },
      translations: { ko: { added: 2, unchanged: 0 }, ja: { added: 2, unchanged: 0 } },
    });

    expect(readFileSync(join(dir, 'articles/wire-2024-03-05.txt'), 'utf8')).toBe(IMPORTED_ARTICLE);
    const { dataset, problems } = validateDatasetWithRelations(loadDatasetFiles(dir));
    expect(problems).toEqual([]);
    expect(dataset.events.map((e) => e.id)).toEqual(
      expect.arrayContaining(['foreign-ministers-meet-seoul-2024', 'foreign-ministers-meet-tokyo-2024']),
    );
    expect(dataset.relations).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'comes-after', quote: 'will meet again' })]));
    // Nothing else changed, and no temporary file is left behind.
    const after = snapshot(dir);
    for (const path of Object.keys(before)) if (!result.written.includes(path)) expect(after[path]).toBe(before[path]);
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), 'articles/wire-2024-03-05.txt'].sort());
  });

  it('keeps the files as the project formats them: their own bytes first, then the new records, as Prettier writes them', async () => {
    const dir = dataCopy();
    await importDataset(importableExport(), dir);
    for (const path of ['sources.json', 'events.json', 'relations.json', 'translations/ko.json', 'translations/ja.json']) {
      const text = readFileSync(join(dir, path), 'utf8');
      const options = await prettier.resolveConfig(join('src/data', path));
      expect(await prettier.check(text, { ...options, filepath: join('src/data', path) }), path).toBe(true);
      // The original's lines all stand, in order, and the new records are one block among them (the line before
      // it gaining a comma).
      const lines = (t: string) => t.split('\n').map((line) => line.replace(/,$/, ''));
      const [was, is] = [lines(readFileSync(join('src/data', path), 'utf8')), lines(text)];
      let head = 0;
      while (head < was.length && was[head] === is[head]) head += 1;
      let tail = 0;
      while (tail < was.length - head && was.at(-1 - tail) === is.at(-1 - tail)) tail += 1;
      expect(head + tail, path).toBe(was.length);
      expect(is.length, path).toBeGreaterThan(was.length);
    }
    expect(readFileSync(join(dir, 'events.json'), 'utf8')).toContain(
      '"dating": { "words": "Monday", "reference": "2024-03-05", "resolved": "2024-03-04" }',
    );
  });

  it('writes nothing the second time the same file is imported', async () => {
    const dir = dataCopy();
    await importDataset(importableExport(), dir);
    const once = snapshot(dir);
    const again = await importDataset(importableExport(), dir);
    expect(again.ok).toBe(true);
    expect(again.written).toEqual([]);
    if (again.ok) expect(again.summary.events).toEqual({ added: 0, unchanged: 2 });
    expect(snapshot(dir)).toEqual(once);
  });

  it("accepts records identical to the folder's, and adds only what is new", async () => {
    const dir = dataCopy();
    const folder = loadDatasetFiles(dir);
    const file = importableExport();
    const pact = (folder.events as { id: string }[]).find((e) => e.id === 'pact-1965');
    const result = await importDataset({ ...file, events: [pact, ...file.events] }, dir);
    expect(result.problems).toEqual([]);
    if (result.ok) expect(result.summary.events).toEqual({ added: 2, unchanged: 1 });
  });

  it('refuses an event whose id is taken by a different event, naming it and the fields, and writes nothing', async () => {
    const result = await refusedImport(withEvent(() => ({ id: 'pact-1965' })));
    const [first] = result.problems;
    expect(result.problems).toHaveLength(1);
    expect(first).toMatchObject({ eventId: 'pact-1965', field: 'title' });
    expect(first?.text).toMatch(/^event "pact-1965": already in the dataset, with a different title, label, start, .*citations/);
    // As data too, for the workbench to say in its reader's language.
    expect(first?.refusal).toMatchObject({ kind: 'record-differs', record: 'event', name: 'pact-1965' });
    expect(first?.refusal?.kind === 'record-differs' && first.refusal.fields.slice(0, 3)).toEqual(['title', 'label', 'start']);
  });

  it('refuses a source whose id is taken, and an article that would replace another text', async () => {
    const file = importableExport();
    const source = file.sources[0];
    if (!source) throw new Error('the fixture has a source');
    const taken = await refusedImport({ ...file, sources: [{ ...source, id: 'xinhua-2019-11-29' }] });
    expect(refusedWith(taken)[0]).toMatch(/^source "xinhua-2019-11-29": already in the dataset, with a different file, publisher/);
    expect(taken.problems[0]?.refusal).toMatchObject({ kind: 'record-differs', record: 'source', name: 'xinhua-2019-11-29' });
    const replaced = await refusedImport({
      ...file,
      sources: [{ ...source, file: '000_c6616dc133996297.txt' }],
      texts: { '000_c6616dc133996297.txt': IMPORTED_ARTICLE },
    });
    expect(refusedWith(replaced)).toContain(
      'source "wire-2024-03-05", file: articles/000_c6616dc133996297.txt already holds a different text',
    );
    expect(replaced.problems.map((p) => p.refusal)).toContainEqual({
      kind: 'article-differs',
      name: 'wire-2024-03-05',
      file: '000_c6616dc133996297.txt',
    });
  });

  it("refuses a translation that differs from the folder's", async () => {
    const file = importableExport();
    const result = await refusedImport({
      ...file,
      translations: { ko: { events: { 'pact-1965': { title: '다른 제목', label: '다름' } } } },
    });
    expect(refusedWith(result)).toContain('translations.ko.events.pact-1965: already in translations/ko.json with different words');
    expect(result.problems.map((p) => p.refusal)).toContainEqual({ kind: 'words-differ', language: 'ko', path: 'events.pact-1965' });
  });

  it('refuses a quote that is not verbatim, naming the event and the field, and writes nothing', async () => {
    const result = await refusedImport(
      withEvent((e) => ({ citations: e.citations.map((c) => ({ ...c, quote: c.quote.replace('met in Seoul', 'met in Busan') })) })),
    );
    expect(refusedWith(result)).toEqual([
      expect.stringMatching(/^event "foreign-ministers-meet-seoul-2024", citations\[0\]\.quote: not found verbatim/),
    ]);
    expect(result.problems[0]).toMatchObject({
      eventId: 'foreign-ministers-meet-seoul-2024',
      field: 'citations[0].quote',
      // The validator's own problem goes with it, for the workbench to say in its reader's language.
      problem: { kind: 'quote-not-verbatim', path: ['citations', 0, 'quote'], eventId: 'foreign-ministers-meet-seoul-2024' },
    });
  });

  it("gives its own refusals (a record already in the project) without a validator's problem", async () => {
    const result = await refusedImport(withEvent(() => ({ id: 'pact-1965' })));
    expect(result.problems[0]?.problem).toBeUndefined();
  });

  it('refuses new events without their translations, as the folder must have them', async () => {
    const untranslated = { ...importableExport(), translations: undefined };
    const texts = refusedWith(await refusedImport(untranslated));
    expect(texts).toContain(
      'event "foreign-ministers-meet-seoul-2024", translations.ko.events.foreign-ministers-meet-seoul-2024: no ko title and label for the event "foreign-ministers-meet-seoul-2024"',
    );
    expect(texts).toHaveLength(4);
  });

  it('refuses a text that is not JSON, and writes nothing', async () => {
    const dir = dataCopy();
    const before = snapshot(dir);
    const result = await importDatasetText('SEOUL, March 5 (Wire) -- not a dataset', dir);
    expect(refusedWith(result)).toEqual([expect.stringMatching(/^The file is not valid JSON \(/)]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a file of the wrong shape, and writes nothing', async () => {
    expect(refusedWith(await refusedImport([1, 2]))).toEqual([
      'The file is not a dataset: expected an object with sources, events and texts',
    ]);
    expect(refusedWith(await refusedImport({ sources: [], events: [] }))).toEqual([
      'The file has no "texts": the articles\' texts by file name',
    ]);
    expect(refusedWith(await refusedImport({ ...importableExport(), events: { id: 'x' } }))).toEqual([
      'The file is not a dataset: "events" must be a list',
    ]);
    const noLabel = await refusedImport(withEvent(() => ({ label: undefined })));
    expect(refusedWith(noLabel).join('\n')).toContain('event "foreign-ministers-meet-seoul-2024", label');
  });

  it('refuses an article file name that is a path, writing nothing anywhere', async () => {
    const file = importableExport();
    const source = file.sources[0];
    if (!source) throw new Error('the fixture has a source');
    const result = await refusedImport({
      ...file,
      sources: [{ ...source, file: '../escaped.txt' }],
      texts: { '../escaped.txt': IMPORTED_ARTICLE },
    });
    expect(refusedWith(result)[0]).toContain('"../escaped.txt" is not an article\'s file name');
    expect(existsSync(join(work, 'escaped.txt'))).toBe(false);
  });

  it('refuses translations into a language the timeline does not have', async () => {
    const result = await refusedImport({ ...importableExport(), translations: { fr: { events: {} } } });
    expect(refusedWith(result)).toEqual(['translations.fr: timeline.json does not list "fr" among the timeline\'s languages']);
  });
});

describe('npm run import-data', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-data.ts', ...args], { encoding: 'utf8' });

  it('imports a file into the folder given and prints what it did', () => {
    const dir = dataCopy();
    const file = join(work, 'export.json');
    writeFileSync(file, JSON.stringify(importableExport(), null, 2));
    const result = run(file, '--data', dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Events: 2 events added (0 already there)');
    expect(result.stdout).toContain(`Wrote ${join(dir, 'sources.json')}`);
  });

  it('prints the problems and exits 1 on a refusal; usage and exit 2 without a file', () => {
    const dir = dataCopy();
    const before = snapshot(dir);
    const file = join(work, 'colliding.json');
    writeFileSync(file, JSON.stringify(withEvent(() => ({ id: 'pact-1965' }))));
    const result = run(file, '--data', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^Nothing was imported into .*: 1 problem\(s\) with .*colliding\.json:\n {2}event "pact-1965": already in the dataset/,
    );
    expect(snapshot(dir)).toEqual(before);
    const usage = run('--data', dir);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run import-data');
  });

  it('describes an import in lines', async () => {
    const dir = dataCopy();
    const result = await importDataset(importableExport(), dir);
    if (!result.ok) throw new Error('imported');
    expect(describeImport(result, dir, dir)).toEqual([
      'Sources: 1 source added (0 already there)',
      'Events: 2 events added (0 already there)',
      'Relations: 1 relation added (0 already there)',
      'Translations (ko): 2 entries added (0 already there)',
      'Translations (ja): 2 entries added (0 already there)',
      'Wrote sources.json, events.json, relations.json, translations/ko.json, translations/ja.json, articles/wire-2024-03-05.txt.',
    ]);
  });
});
