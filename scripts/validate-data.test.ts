import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetJsonText } from '../src/exports/datasetJson';
import { validateDatasetWithRelations } from '../src/model/validateRelations';
import { loadDatasetFiles } from './loadDatasetFiles';

const run = (dir?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', ...(dir ? [dir] : [])], { encoding: 'utf8' });

const work = mkdtempSync(join(tmpdir(), 'dataset-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run validate-data', () => {
  it('passes the real dataset and says how much it checked', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Dataset OK: \d+ events, \d+ citations, \d+ relations, 2 sources\./);
  });

  it('fails on a corrupted quote with a message naming the event', () => {
    cpSync('src/data', work, { recursive: true });
    const file = join(work, 'events.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('under the banner of', 'under the flag of'));
    const result = run(work);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('event "pact-1965", citations[0].quote: not found verbatim in source "xinhua-2019-11-29"');
  });

  it('checks one downloaded JSON file as it checks the folder', () => {
    const file = join(work, 'japan-south-korea-relations.json');
    writeFileSync(file, datasetJsonText(validateDatasetWithRelations(loadDatasetFiles('src/data')).dataset));
    const folder = run();
    const result = run(file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(folder.stdout);
  });

  it('fails on a downloaded file with a corrupted quote, naming the event', () => {
    const file = join(work, 'corrupted.json');
    const text = datasetJsonText(validateDatasetWithRelations(loadDatasetFiles('src/data')).dataset);
    writeFileSync(file, text.replace('under the banner of', 'under the flag of'));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('event "pact-1965", citations[0].quote: not found verbatim');
  });

  it('checks the translations a downloaded file carries, naming the event and the field', () => {
    const input = loadDatasetFiles('src/data');
    const { dataset } = validateDatasetWithRelations(input);
    const ko = (input.translations ?? {})['ko'] as { events: Record<string, { title: string; label: string }>; relations: unknown };
    const good = join(work, 'translated.json');
    writeFileSync(good, datasetJsonText(dataset, { ko: { events: ko.events, relations: ko.relations } as never }));
    expect(run(good).status).toBe(0);

    const bad = join(work, 'translated-badly.json');
    const events = { ...ko.events, 'pact-1965': { ...ko.events['pact-1965'], label: '한'.repeat(31) } };
    writeFileSync(bad, datasetJsonText(dataset, { ko: { events, relations: ko.relations } as never }));
    const result = run(bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('event "pact-1965"');
    expect(result.stderr).toContain('translations.ko.events.pact-1965.label');
  });

  it('says what is wrong with a JSON file that is not a dataset', () => {
    const file = join(work, 'list.json');
    writeFileSync(file, '[1, 2]');
    const result = run(file);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Cannot read the dataset in .*list\.json: it is not a dataset/);
  });

  it('says what it could not read instead of crashing', () => {
    cpSync('src/data', work, { recursive: true });
    writeFileSync(join(work, 'events.json'), '[{"id": "half-written"');
    const result = run(work);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Cannot read the dataset in .*: events\.json is not valid JSON/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('the articles in the project', () => {
  it('are byte for byte the articles as received', () => {
    const shared = join('..', 'shared', 'sources');
    for (const file of ['000_c6616dc133996297.txt', '004_e22dcf4a4fde168f.txt']) {
      let original: Buffer;
      try {
        original = readFileSync(join(shared, file));
      } catch {
        continue; // the received copies are not beside every checkout
      }
      expect(readFileSync(join('src/data/articles', file)).equals(original)).toBe(true);
    }
  });
});
