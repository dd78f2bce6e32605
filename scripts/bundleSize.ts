import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The app's JS budget, React included, gzip: what a reader downloads before the page works. */
export const JS_BUDGET_GZIP_BYTES = 100 * 1024;

export interface AssetSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

export interface BundleSize {
  readonly js: readonly AssetSize[];
  readonly css: readonly AssetSize[];
  readonly jsRaw: number;
  readonly jsGzip: number;
  readonly cssRaw: number;
  readonly cssGzip: number;
}

/** Each file's own gzip size at level 9 (as Vite reports it); the total is the sum of the files. */
export function measureAssets(assetsDir: string, include: (file: string) => boolean = () => true): BundleSize {
  const files = readdirSync(assetsDir).filter(include).sort();
  const sizes = (ext: string) =>
    files
      .filter((file) => file.endsWith(ext))
      .map((file): AssetSize => {
        const bytes = readFileSync(join(assetsDir, file));
        return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      });
  const js = sizes('.js');
  const css = sizes('.css');
  const sum = (list: readonly AssetSize[], key: 'raw' | 'gzip') => list.reduce((total, a) => total + a[key], 0);
  return { js, css, jsRaw: sum(js, 'raw'), jsGzip: sum(js, 'gzip'), cssRaw: sum(css, 'raw'), cssGzip: sum(css, 'gzip') };
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** The verdict, or the reason the bundle is over budget. */
export function checkBudget(size: BundleSize, budget = JS_BUDGET_GZIP_BYTES): { ok: boolean; message: string } {
  const ok = size.jsGzip <= budget;
  const message = ok
    ? `JS ${kib(size.jsGzip)} gzip is within the ${kib(budget)} budget (${kib(budget - size.jsGzip)} to spare)`
    : `JS ${kib(size.jsGzip)} gzip is over the ${kib(budget)} budget by ${kib(size.jsGzip - budget)}`;
  return { ok, message };
}
