import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module of the app (tests aside) and the modules it imports by relative path. */
function importGraph(root: string): Map<string, string[]> {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => join(root, f));
  const resolve = (from: string, spec: string) =>
    ['', '.ts', '.tsx', '/index.ts'].map((ext) => join(dirname(from), spec) + ext).find((path) => /\.tsx?$/.test(path) && existsSync(path));
  return new Map(
    files.map((file) => {
      const specs = [
        ...readFileSync(file, 'utf8').matchAll(
          /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g,
        ),
      ]
        .map((m) => m[1] ?? m[2] ?? '')
        .filter((spec) => !/\.(css|json|txt)(\?.*)?$/.test(spec));
      return [file, specs.map((spec) => resolve(file, spec)).filter((p): p is string => p !== undefined)];
    }),
  );
}

/** The first import cycle found by depth-first search, as a list of files, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return [...path.slice(path.indexOf(file)), file];
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle.map((f) => relative(root, f));
  }
  return undefined;
}

const root = 'src';

describe('the import graph', () => {
  it('reads the relative imports of the app', () => {
    const graph = importGraph(root);
    expect(graph.get(join(root, 'app/App.tsx'))).toContain(join(root, 'timeline/Timeline.tsx'));
  });

  it('has no cycles', () => {
    expect(findCycle(importGraph(root))).toBeUndefined();
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['src/a.ts', ['src/b.ts']],
      ['src/b.ts', ['src/c.ts']],
      ['src/c.ts', ['src/a.ts']],
    ]);
    expect(findCycle(graph)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  });
});
