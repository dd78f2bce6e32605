import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One record of Vite's build manifest (`build.manifest`): a chunk, what it imports, and its CSS. */
export interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}

export type Manifest = Readonly<Record<string, ManifestChunk>>;

/** Where Vite writes the manifest inside the build folder. */
export const MANIFEST_PATH = '.vite/manifest.json';

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, MANIFEST_PATH), 'utf8')) as Manifest;
}

/**
 * The files a page loads before it works: its entry chunk, every chunk that chunk imports statically (and
 * theirs), and their CSS. Chunks reached only through `import()` load when a reader first asks for them,
 * so they are not part of the first screen.
 */
export function firstScreenFiles(manifest: Manifest, entry: string): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(entry);
  // Without CSS code splitting the app's one stylesheet belongs to no chunk: every page loads it.
  if (seen.size > 0) for (const chunk of Object.values(manifest)) if (chunk.file.endsWith('.css')) files.add(chunk.file);
  return [...files].sort();
}

/** The build's pages: the manifest keys of its entries. */
export const entriesOf = (manifest: Manifest): string[] =>
  Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry === true)
    .map(([key]) => key)
    .sort();
