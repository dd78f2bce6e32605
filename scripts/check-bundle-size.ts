/**
 * Fails when the JS a page needs for its first screen (its entry chunk and everything that chunk imports
 * statically, gzip, React included) is over budget. Chunks loaded with `import()` when a reader first opens
 * something (exports, the article view, the embed code) are listed but not counted.
 * Usage: tsx scripts/check-bundle-size.ts [dist folder]   (default: dist, or $DIST_DIR)
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkBudget, kib, measureAssets } from './bundleSize';
import { MANIFEST_PATH, entriesOf, firstScreenFiles, readManifest } from './firstScreen';

const dist = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
const assets = join(dist, 'assets');
if (!existsSync(assets) || !existsSync(join(dist, MANIFEST_PATH))) {
  console.error(`No ${assets} or ${MANIFEST_PATH}: build the app first (npm run build).`);
  process.exit(1);
}
const manifest = readManifest(dist);
const all = measureAssets(assets);
// A build whose manifest names no page (an entry module restructured by the bundler, say) would pass with nothing checked.
if (entriesOf(manifest).length === 0) {
  console.error(`${MANIFEST_PATH} names no page entry: nothing could be measured.`);
  process.exit(1);
}
let ok = true;
for (const entry of entriesOf(manifest)) {
  const files = new Set(firstScreenFiles(manifest, entry).map((file) => basename(file)));
  const size = measureAssets(assets, (file) => files.has(file));
  console.log(`${entry}: first screen`);
  for (const a of [...size.js, ...size.css])
    console.log(`  ${a.file.padEnd(40)} ${kib(a.raw).padStart(10)} raw ${kib(a.gzip).padStart(10)} gzip`);
  console.log(`  JS ${kib(size.jsRaw)} raw, ${kib(size.jsGzip)} gzip; CSS ${kib(size.cssRaw)} raw, ${kib(size.cssGzip)} gzip`);
  const verdict = checkBudget(size);
  console.log(verdict.ok ? `  Bundle budget: ${verdict.message}.` : `  Bundle budget FAILED: ${verdict.message}.`);
  ok &&= verdict.ok;
}
console.log(`All JS, lazy chunks included: ${kib(all.jsGzip)} gzip in ${all.js.length} files.`);
process.exit(ok ? 0 : 1);
