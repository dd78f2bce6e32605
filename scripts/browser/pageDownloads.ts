import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { Download, PageLoad } from '../downloadBudget';
import { serveStatic } from './staticServer';

/** How long the server must have sent nothing before the load counts as over: Playwright's `networkidle`. */
const QUIET_MS = 500;

/** Resolves once `touch` has not been called for `ms`, counted from the first call. */
function quietWindow(ms: number): { touch: () => void; quiet: Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = () => {};
  const quiet = new Promise<void>((resolve) => (done = resolve));
  return {
    touch: () => {
      clearTimeout(timer);
      timer = setTimeout(done, ms);
    },
    quiet,
  };
}

/**
 * Opens `page` of the build in `dist` as a reader's first visit (a fresh context, nothing cached) from a server
 * that sends no caching headers, and records every file the server sends until the app has drawn the timeline and
 * the server has then been quiet for QUIET_MS. Each file's gzip size is worked out from the file, as a host that
 * compresses would send it.
 */
export async function recordPageLoad(browser: Browser, dist: string, page: string): Promise<PageLoad> {
  const served: string[] = [];
  const window = quietWindow(QUIET_MS);
  let drawn = false;
  const server = await serveStatic(dist, {
    onServe: (file) => {
      served.push(file);
      if (drawn) window.touch();
    },
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const tab = await context.newPage();
    await tab.goto(new URL(page, server.url).href);
    // The prerendered markup leaves the timeline's marks empty: marks on screen mean the app has started.
    await tab.waitForSelector('.timeline-marks > *', { timeout: 30_000 });
    drawn = true;
    window.touch();
    await window.quiet;
  } finally {
    await context.close();
    await server.close();
  }
  const sizes = new Map<string, Download>();
  const sizeOf = (file: string): Download => {
    const known = sizes.get(file);
    if (known) return known;
    const bytes = readFileSync(join(dist, file));
    const measured = { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, measured);
    return measured;
  };
  return { page, downloads: served.map(sizeOf) };
}
