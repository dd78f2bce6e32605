/**
 * The download budget, counted as a reader's browser downloads: each reader page (the timeline, an event's page,
 * the embed) is loaded in Chromium from a server that sends no caching headers, every file it fetches is
 * recorded, and the check fails when a page fetches a file twice, starts with more than 100 KiB of JS (gzip,
 * React included), or fetches a chunk that loads on demand while nothing is selected (see
 * scripts/downloadBudget.ts). The manifest's list of each page's first-screen chunks is printed first, for
 * information.
 * Usage: tsx scripts/check-bundle-size.ts [dist folder]   (default: dist, or $DIST_DIR)
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './browser/findBrowser';
import { recordPageLoad } from './browser/pageDownloads';
import { kib, measureAssets } from './bundleSize';
import { TIMELINE_LANGUAGES } from '../src/i18n/languages';
import { NOT_FOR_READERS, aheadOfUseChunks, describePageLoad, judgePageLoad, onDemandChunks, readerPages } from './downloadBudget';
import { MANIFEST_PATH, entriesOf, firstScreenFiles, readManifest } from './firstScreen';

const dist = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
const assets = join(dist, 'assets');
if (!existsSync(assets) || !existsSync(join(dist, MANIFEST_PATH))) {
  console.error(`No ${assets} or ${MANIFEST_PATH}: build the app first (npm run build).`);
  process.exit(1);
}

const manifest = readManifest(dist);
// A build whose manifest names no page (an entry module restructured by the bundler, say) would pass with nothing checked.
if (entriesOf(manifest).length === 0) {
  console.error(`${MANIFEST_PATH} names no page entry: nothing could be measured.`);
  process.exit(1);
}
console.log("The build's pages and the chunks each imports statically (from the manifest; the budget is counted below):");
for (const entry of entriesOf(manifest)) {
  if (NOT_FOR_READERS.has(entry)) {
    console.log(`${entry}: not a reader's page, not budgeted`);
    continue;
  }
  const files = new Set(firstScreenFiles(manifest, entry).map((file) => basename(file)));
  const size = measureAssets(assets, (file) => files.has(file));
  console.log(`${entry}: JS ${kib(size.jsRaw)} raw, ${kib(size.jsGzip)} gzip in ${size.js.length} files; CSS ${kib(size.cssGzip)} gzip`);
}
const all = measureAssets(assets);
console.log(`All JS, lazy chunks included: ${kib(all.jsGzip)} gzip in ${all.js.length} files.\n`);

const { executablePath, origin } = await findBrowser();
console.log(`What a reader's browser downloads (Chromium from ${origin}, a server with no caching headers):`);
const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS });
let ok = true;
try {
  for (const reader of readerPages(dist, TIMELINE_LANGUAGES)) {
    const load = await recordPageLoad(browser, dist, reader.page);
    const onDemand = onDemandChunks(manifest, reader.entry, reader.language);
    const ahead = aheadOfUseChunks(manifest, reader.entry, reader.language);
    const verdict = judgePageLoad(load, reader, onDemand, ahead);
    console.log(describePageLoad(load, verdict, onDemand, ahead).join('\n'));
    ok &&= verdict.ok;
  }
} finally {
  await browser.close();
}
process.exit(ok ? 0 : 1);
