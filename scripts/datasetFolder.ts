import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The dataset folder a build or dev server reads: `DATASET_DIR` when set (a copy of src/data, with data imported
 * into it, say), else src/data. The code stays in src/; only the data files are read from the folder.
 */
export function datasetDir(env: Readonly<Record<string, string | undefined>> = process.env, root = process.cwd()): string {
  const chosen = env['DATASET_DIR'];
  return resolve(root, chosen === undefined || chosen === '' ? 'src/data' : chosen);
}

/** The folder's timeline.json, parsed (checked where it is used). */
export const readTimelineJson = (dataDir: string): unknown => JSON.parse(readFileSync(join(dataDir, 'timeline.json'), 'utf8'));

/**
 * Makes the app's imports of the data files (src/data's JSON files and article texts) read them from `dataDir`
 * instead. Nothing changes when `dataDir` is src/data itself. For the build (and its prerender's server, which
 * passes `when` 'always'): the dev server's page reads src/data, whose articles it finds by a glob of that folder.
 */
export function datasetFolder(dataDir: string, root = process.cwd(), when: 'build' | 'always' = 'build'): Plugin {
  const own = resolve(root, 'src/data');
  const elsewhere = resolve(dataDir) !== own;
  return {
    name: 'dataset-folder',
    enforce: 'pre',
    ...(when === 'build' && { apply: 'build' as const }),
    async resolveId(source, importer, options) {
      if (!elsewhere) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      const [path = '', query] = resolved.id.split('?', 2);
      if (!path.startsWith(`${own}${sep}`) || !/\.(json|txt)$/.test(path)) return null;
      return `${join(dataDir, relative(own, path))}${query === undefined ? '' : `?${query}`}`;
    },
  };
}
