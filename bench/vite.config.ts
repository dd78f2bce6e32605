import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { designTokens } from '../scripts/designTokensPlugin';
import { prevalidatedDataset } from '../scripts/prevalidatedDataset';
import { defineConfig } from 'vite';

const pages = fileURLToPath(new URL('./pages/', import.meta.url));

/** BENCH_PROFILE=1 keeps names readable (no minification, source maps) for bench/profile.ts. */
const profiling = process.env.BENCH_PROFILE === '1';

/**
 * The benchmark pages: a production build, like the app's, into bench/dist (not committed). Like the app's, it
 * writes the project's dataset in checked at build time, so no page pays for validating it when it loads.
 */
export default defineConfig({
  root: pages,
  base: './',
  plugins: [react(), designTokens(), prevalidatedDataset()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('./dist/', import.meta.url)),
    emptyOutDir: true,
    minify: !profiling,
    sourcemap: profiling,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { app: `${pages}app.html`, timeline: `${pages}timeline.html`, vis: `${pages}vis.html`, empty: `${pages}empty.html` },
    },
  },
});
