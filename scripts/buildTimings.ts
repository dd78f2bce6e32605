/**
 * How long the production build's own steps take: the build up to its prerendering, the pages prerendered, and
 * the preview images drawn (scripts/prerenderPlugin.ts). Written as JSON where BUILD_TIMINGS names a file, so the
 * benchmark can print the preview images' cost beside its other figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface BuildTimings {
  readonly date: string;
  /** From the build's start to the last file written, preview images included. */
  readonly buildMs: number;
  /** Rendering and writing the prerendered pages. */
  readonly pagesMs: number;
  readonly pages: number;
  /** Drawing the preview images (SVG, then PNG by resvg's WebAssembly) and writing them, the renderer's start included. */
  readonly previewImagesMs: number;
  readonly previewImages: number;
}

export function writeBuildTimings(path: string, timings: BuildTimings): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(timings, null, 1)}\n`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The timings as a markdown table: each step, its share of the build, and the images' time each. */
export function buildTimingsTable(t: BuildTimings): string {
  const share = (ms: number) => `${((100 * ms) / t.buildMs).toFixed(0)}%`;
  const each = t.previewImages > 0 ? `${(t.previewImagesMs / t.previewImages).toFixed(0)} ms each` : '—';
  return [
    '| step | time | share of the build | |',
    '|---|--:|--:|---|',
    `| the whole build (${t.date}) | ${seconds(t.buildMs)} | 100% | |`,
    `| prerendering ${t.pages} pages | ${seconds(t.pagesMs)} | ${share(t.pagesMs)} | |`,
    `| drawing ${t.previewImages} preview images | ${seconds(t.previewImagesMs)} | ${share(t.previewImagesMs)} | ${each} |`,
  ].join('\n');
}
