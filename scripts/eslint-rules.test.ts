import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** Lints a snippet as if it were a file of the app, and returns the rules it broke. */
async function brokenRules(code: string, filePath = 'src/panels/Snippet.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint bans every way of turning a string into markup or code', () => {
  it.each([
    ['innerHTML', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }'],
    ['outerHTML', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }'],
    ['insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }"],
    ['dangerouslySetInnerHTML', 'export const C = ({ s }: { s: string }) => <p dangerouslySetInnerHTML={{ __html: s }} />;'],
    ['eval', 'export const f = (s: string): unknown => eval(s);'],
    ['new Function', "export const f = (s: string) => new Function('x', s);"],
    [
      "d3's .html()",
      "import type { Selection } from 'd3-selection';\nexport const f = (sel: Selection<HTMLElement, unknown, null, undefined>, s: string) => sel.html(s);",
    ],
    ['document.write', 'export const f = (s: string) => document.write(s);'],
  ])('%s', async (_name, code) => {
    expect(await brokenRules(code)).toContain('no-restricted-syntax');
  });

  it('lets text through', async () => {
    expect(await brokenRules('export function f(el: HTMLElement, s: string) { el.textContent = s; }')).toEqual([]);
  });
});

describe('lint keeps imports flowing one way', () => {
  it('stops the model from importing the store', async () => {
    const rules = await brokenRules("import { useAppStore } from '../store/store';\nexport const s = useAppStore;", 'src/model/snippet.ts');
    expect(rules).toContain('no-restricted-imports');
  });

  it('stops the model from importing the bundled dataset, but lets it read the timeline description', async () => {
    expect(await brokenRules("import { dataset } from '../data/dataset';\nexport const d = dataset;", 'src/model/snippet.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await brokenRules("import config from '../data/timeline.json';\nexport const c = config;", 'src/model/snippet.ts')).toEqual([]);
  });

  it.each([
    ['the store', "import { useAppStore } from '../store/store';\nexport const s = useAppStore;"],
    ['the timeline', "import { markName } from '../timeline/markNames';\nexport const m = markName;"],
    ['a panel', "import { STATUS_WORDS } from '../panels/eventWords';\nexport const w = STATUS_WORDS;"],
    ['the app', "import { embedSnippet } from '../app/embedCode';\nexport const e = embedSnippet;"],
    ['the URL code', "import { serialiseViewParams } from '../url/serialiseViewParams';\nexport const p = serialiseViewParams;"],
    ['the view maths', "import { visibleMarks } from '../core/visibleMarks';\nexport const v = visibleMarks;"],
    ['the bundled dataset', "import { dataset } from '../data/dataset';\nexport const d = dataset;"],
  ])('stops the curation code from importing %s', async (_name, code) => {
    expect(await brokenRules(code, 'src/authoring/snippet.ts')).toContain('no-restricted-imports');
  });

  it('lets the curation code read the model and the export builders', async () => {
    const code =
      "import { validateDataset } from '../model/validateDataset';\nimport { csvTable } from '../exports/datasetCsv';\nexport const x = [validateDataset, csvTable];";
    expect(await brokenRules(code, 'src/authoring/snippet.ts')).toEqual([]);
  });

  it('lets a panel import the store', async () => {
    const rules = await brokenRules(
      "import { useAppStore } from '../store/store';\nexport const s = useAppStore;",
      'src/panels/snippet.ts',
    );
    expect(rules).toEqual([]);
  });
});

describe('lint keeps Node and the build scripts out of the app', () => {
  it.each([
    ['a Node module', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", 'src/panels/snippet.ts'],
    [
      'a build script',
      "import { loadDatasetFiles } from '../../scripts/loadDatasetFiles';\nexport const l = loadDatasetFiles;",
      'src/model/snippet.ts',
    ],
    ['a Node module, from the app shell', "import { join } from 'node:path';\nexport const j = join;", 'src/app/snippet.ts'],
  ])('bans %s', async (_name, code, filePath) => {
    expect(await brokenRules(code, filePath)).toContain('no-restricted-imports');
  });

  it.each([
    ['a test', 'src/model/snippet.test.ts'],
    ['a test fixture', 'src/testing/snippet.ts'],
  ])('lets %s read the dataset from disk', async (_name, filePath) => {
    const code =
      "import { readFileSync } from 'node:fs';\nimport { loadDatasetFiles } from '../../scripts/loadDatasetFiles';\nexport const r = [readFileSync, loadDatasetFiles];";
    expect(await brokenRules(code, filePath)).toEqual([]);
  });
});
