import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../eslint.config.js';

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

describe("lint keeps the timeline's elements its own", () => {
  const query = "export const marks = () => document.querySelector('.timeline-marks');";
  const template = 'export const mark = (id: string) => document.querySelector(`.timeline-marks [data-event-id="${id}"]`);';

  it.each([
    ['a selector', query],
    ['a template', template],
  ])('refuses %s naming a .timeline- class outside src/timeline', async (_name, code) => {
    expect(await brokenRules(code, 'src/curate/Snippet.tsx')).toContain('no-restricted-syntax');
  });

  it('lets the timeline query its own elements, and tests query the page', async () => {
    expect(await brokenRules(query, 'src/timeline/snippet.ts')).toEqual([]);
    expect(await brokenRules(query, 'src/app/Snippet.test.tsx')).toEqual([]);
  });
});

describe('lint keeps imports flowing one way', () => {
  const folders = Object.keys(LAYERS);
  const importFrom = (folder: string) => `import { x } from '../${folder}/module';\nexport const y = x;`;

  it('gives every folder of src/ a zone', () => {
    const present = readdirSync('src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(present.filter((folder) => !(folder in LAYERS))).toEqual([]);
  });

  it('orders the zones without a cycle: no folder may import one that may import it, however indirectly', () => {
    const reach = (from: string, seen = new Set<string>()): Set<string> => {
      for (const next of LAYERS[from] ?? []) if (!seen.has(next)) reach(next, seen.add(next));
      return seen;
    };
    expect(folders.filter((folder) => reach(folder).has(folder))).toEqual([]);
  });

  // Production folders only: the fixtures in src/testing are for tests, which may import anything.
  const production = folders.filter((folder) => folder !== 'testing');
  it.each(production.flatMap((layer) => folders.filter((f) => f !== layer).map((other) => [layer, other] as const)))(
    'src/%s importing from src/%s follows its zone',
    async (layer, other) => {
      const allowed = (LAYERS[layer] ?? []).includes(other);
      const rules = await brokenRules(importFrom(other), `src/${layer}/snippet.ts`);
      expect(rules.includes('no-restricted-imports')).toBe(!allowed);
    },
  );

  it('stops the model from importing the bundled dataset, but lets it read the timeline description', async () => {
    expect(await brokenRules("import { dataset } from '../data/dataset';\nexport const d = dataset;", 'src/model/snippet.ts')).toContain(
      'no-restricted-imports',
    );
    expect(await brokenRules("import config from '../data/timeline.json';\nexport const c = config;", 'src/model/snippet.ts')).toEqual([]);
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

describe('lint keeps the benchmark and the tests apart', () => {
  const importing = (path: string) => `import { x } from '${path}';\nexport const y = x;`;

  it.each([
    ['the benchmark', 'a browser test', '../tests/browser/harness', 'bench/snippet.ts'],
    ['a browser test', 'the benchmark', '../../bench/harness/stats', 'tests/browser/snippet.ts'],
    ['a build script', 'a browser test', '../tests/browser/harness', 'scripts/snippet.ts'],
    ['a build script', 'the benchmark', '../bench/harness/stats', 'scripts/snippet.ts'],
  ])('stops %s importing %s', async (_from, _to, path, filePath) => {
    expect(await brokenRules(importing(path), filePath)).toContain('no-restricted-imports');
  });

  it.each([
    ['the benchmark', '../scripts/browser/staticServer', 'bench/snippet.ts'],
    ['a browser test', '../../scripts/browser/staticServer', 'tests/browser/snippet.ts'],
  ])('lets %s use what scripts/browser/ shares', async (_from, path, filePath) => {
    expect(await brokenRules(importing(path), filePath)).toEqual([]);
  });
});
