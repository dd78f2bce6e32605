/**
 * Fails when the production build's JS (every dist/assets/*.js, gzip, React included) is over budget.
 * Usage: tsx scripts/check-bundle-size.ts [dist folder]   (default: dist, or $DIST_DIR)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkBudget, kib, measureAssets } from './bundleSize';

const dist = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
const assets = join(dist, 'assets');
if (!existsSync(assets)) {
  console.error(`No ${assets}: build the app first (npx vite build).`);
  process.exit(1);
}
const size = measureAssets(assets);
for (const a of [...size.js, ...size.css]) console.log(`  ${a.file.padEnd(32)} ${kib(a.raw).padStart(10)} raw ${kib(a.gzip).padStart(10)} gzip`);
console.log(`  JS total ${kib(size.jsRaw)} raw, ${kib(size.jsGzip)} gzip; CSS total ${kib(size.cssRaw)} raw, ${kib(size.cssGzip)} gzip`);
const verdict = checkBudget(size);
console.log(verdict.ok ? `Bundle budget: ${verdict.message}.` : `Bundle budget FAILED: ${verdict.message}.`);
process.exit(verdict.ok ? 0 : 1);
