import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';
import { curateSave } from './scripts/curateSavePlugin';
import { datasetDir, datasetFolder, readTimelineJson } from './scripts/datasetFolder';
import { designTokens } from './scripts/designTokensPlugin';
import { firstScreenChunk } from './scripts/firstScreenChunk';
import { prerender } from './scripts/prerenderPlugin';
import { prevalidatedDataset } from './scripts/prevalidatedDataset';
import { escapeHtml } from './src/exports/escapeHtml';
import { LANGUAGES } from './src/i18n/languages';
import { readTimelineConfig } from './src/model/timelineConfig';

/**
 * The Content-Security-Policy of the built page: scripts, styles and everything else from the app's own
 * origin only, no inline script, no eval, no plugins, no <base> hijack. Added at build time only, because
 * the dev server injects an inline script for hot reloading.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The dataset folder the app is built from and "Save to project" writes to: src/data, or DATASET_DIR when set (a
 * copy with data imported into it, for instance: scripts/importedBuild.test.ts builds one). The dev server's page
 * itself always reads src/data.
 */
const DATA_DIR = datasetDir();

/**
 * Checks the timeline's description (src/data/timeline.json), stopping the build on any problem, and fills
 * index.html's title and description from it.
 */
function timelineHead(): Plugin {
  const TIMELINE = readTimelineConfig(readTimelineJson(DATA_DIR));
  const unspoken = TIMELINE.languages.filter((language) => !(LANGUAGES as readonly string[]).includes(language));
  if (unspoken.length > 0) throw new Error(`src/data/timeline.json: no catalogue in src/i18n/catalogues/ for ${unspoken.join(', ')}`);
  return {
    name: 'timeline-head',
    transformIndexHtml: (html) =>
      html
        .replaceAll('%TIMELINE_PAGE_TITLE%', escapeHtml(TIMELINE.pageTitle))
        .replaceAll('%TIMELINE_DESCRIPTION%', escapeHtml(TIMELINE.description)),
  };
}

export default defineConfig({
  // Relative asset URLs: the build works from any static host and from a sub-path, with no rewrites.
  base: './',
  plugins: [
    datasetFolder(DATA_DIR),
    react(),
    designTokens(),
    contentSecurityPolicy(),
    timelineHead(),
    prevalidatedDataset(DATA_DIR),
    prerender(DATA_DIR),
    // The workbench's "Save to project", on the dev server only.
    curateSave(DATA_DIR),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The timeline, the same timeline for framing in another site's page (see src/embed/), and the curation workbench (src/curate/).
    rolldownOptions: {
      input: { index: 'index.html', embed: 'embed.html', curate: 'curate.html' },
      output: { codeSplitting: { groups: [{ name: firstScreenChunk(['index.html', 'embed.html']), debugName: 'first screen' }] } },
    },
    // scripts/check-bundle-size.ts reads which chunks each page loads first from the manifest.
    manifest: true,
    // One stylesheet for every page: it is small, and lazy chunks then need no CSS loader on the first screen.
    cssCodeSplit: false,
    // No <link rel="modulepreload">: the first paint comes from the prerendered HTML and its CSS, and the
    // app's chunks load right after, without competing with them on a slow connection.
    modulePreload: false,
  },
});
