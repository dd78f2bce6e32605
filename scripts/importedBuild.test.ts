import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/exports/escapeHtml';
import { IMPORTED_QUOTE, importableExport } from './importFixture';
import { importDataset } from './importDataset';

/**
 * The whole way out and back in: a dataset downloaded from the workbench is imported into a copy of src/data, the
 * app is built from that copy (DATASET_DIR) into a folder of its own, and the built pages show the imported events
 * with their quotes. One production build, about 15 s on two cores.
 */
const work = mkdtempSync(join(tmpdir(), 'imported-build-'));
const dataDir = join(work, 'data');
const outDir = join(work, 'dist');
let build: ReturnType<typeof spawnSync>;

/** The environment as `npm run build` has it: without the test runner's NODE_ENV=test, which would load React's development build. */
const buildEnvironment = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));

beforeAll(async () => {
  cpSync('src/data', dataDir, { recursive: true });
  const imported = await importDataset(importableExport(), dataDir);
  expect(imported.problems).toEqual([]);
  build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--configLoader', 'runner', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { encoding: 'utf8', env: { ...buildEnvironment(), DATASET_DIR: dataDir } },
  );
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => readFileSync(join(outDir, path), 'utf8');

describe('the app built from imported data', () => {
  it('builds', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
  });

  it('has a page for each imported event that shows its quote, marked in its article, in English', () => {
    const seoul = page('events/foreign-ministers-meet-seoul-2024.html');
    expect(seoul).toContain(`<mark>${escapeHtml(IMPORTED_QUOTE)}</mark>`);
    expect(seoul).toMatch(/<blockquote class="quote-in-context" lang="en"><p><span>SEOUL, March 5 \(Wire\) -- <\/span><mark>/);
    expect(seoul).toContain('The foreign ministers of South Korea and Japan meet in Seoul and agree to resume shuttle talks');
    const tokyo = page('events/foreign-ministers-meet-tokyo-2024.html');
    expect(tokyo).toContain('<mark>The two ministers will meet again in Tokyo in June 2024</mark>');
  });

  it("lists the imported events on the timeline's page beside the project's own", () => {
    const index = page('index.html');
    for (const id of ['foreign-ministers-meet-seoul-2024', 'foreign-ministers-meet-tokyo-2024', 'pact-1965'])
      expect(index).toContain(`data-event-id="${id}"`);
  });

  it("carries the imported translations into the languages' chunks", () => {
    const chunks = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    const text = (prefix: string) =>
      chunks
        .filter((f) => f.startsWith(prefix))
        .map((f) => page(join('assets', f)))
        .join('\n');
    expect(text('ko-')).toContain('서울 외교장관 회담');
    expect(text('ja-')).toContain('ソウルで外相会談');
  });
});
