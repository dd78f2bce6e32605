import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { type Plugin, createServer } from 'vite';
import { datasetFolder } from './datasetFolder';
import { designTokens } from './designTokensPlugin';
import type { previewImages as PreviewImages } from '../src/prerender/previewCards';
import type { buildPreviewImage as BuildPreviewImage } from '../src/prerender/previewImage';
import type { PrerenderedPage, pageLanguages as PageLanguages, renderPages as RenderPages } from '../src/prerender/renderPages';
import { writeBuildTimings } from './buildTimings';
import { writePreviewImages, writeSiteIndex } from './discoveryFiles';
import { previewFontsFor } from './previewFonts';
import { firstScreenFiles, readManifest } from './firstScreen';
import { prevalidatedDataset } from './prevalidatedDataset';

/** The stylesheet for readers without JavaScript: loaded only where scripts do not run. */
const NOSCRIPT_STYLESHEET = '<noscript><link rel="stylesheet" href="./noscript.css" /></noscript>';

/** The site's public address from SITE_URL, ending in `/`; undefined when unset or not an http(s) URL. */
export function siteUrlFrom(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not a web address: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address: ${value}`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * Relative URLs written for the site's root folder, rebased for a page `depth` folders below it
 * (`events/<id>.html`): `./assets/…` becomes `../assets/…`.
 */
export const rebase = (html: string, depth: number): string =>
  depth === 0 ? html : html.replace(/(\s(?:src|href)=")\.\//g, (_, attr: string) => `${attr}${'../'.repeat(depth)}`);

/**
 * Applies the reader's stored colour scheme before the first paint (public/theme.js): the app itself starts
 * only after it, so without this a reader who chose dark would see one frame in the system's colours.
 */
const THEME_SCRIPT = '<script src="./theme.js"></script>';
const COLOR_SCHEME_META = '<meta name="color-scheme" content="light dark" />';

/** The app's module script as Vite writes it into a built page. */
const APP_SCRIPT = /<script type="module" crossorigin src="(\.\/assets\/[^"]+\.js)"><\/script>/;

/**
 * The page's script becomes public/start.js, which runs the app's module once the prerendered page has been
 * shown (a deferred classic script, so it neither blocks the page nor is fetched ahead of its CSS). The
 * chunks the page starts with (`preload`, relative to the site's root) are fetched meanwhile at low priority as
 * preloads, which the browser keeps for the page until the loader's `import()` asks for them, whatever caching
 * headers the host sends: each file is fetched once. (A `prefetch` goes through the HTTP cache, and from a host
 * that forbids caching the browser fetched the app twice; a `modulepreload` is fetched at high priority whatever
 * `fetchpriority` says, and Lighthouse then counts the app as holding back the first paint.) `crossorigin` makes
 * the preload's request the same as the module loader's, so that it matches.
 */
function startAfterPaint(template: string, name: string, preload: readonly string[]): string {
  if (!APP_SCRIPT.test(template)) throw new Error(`${name} has no module script of the app to start after the first paint`);
  const links = preload.map((file) => `\n    <link rel="preload" as="script" crossorigin fetchpriority="low" href="./${file}" />`).join('');
  return template.replace(APP_SCRIPT, (_, src: string) => `<script defer src="./start.js" data-app="${src}"></script>${links}`);
}

/**
 * Puts a prerendered page into the HTML page Vite built: its head tags, its markup in the root element,
 * and the app's loader with the page's first-screen chunks (`preload`).
 */
export function fillTemplate(template: string, page: PrerenderedPage, preload: readonly string[] = []): string {
  const root = '<div id="root"></div>';
  if (!template.includes(root)) throw new Error(`${page.template} has no empty ${root} to prerender into`);
  if (!template.includes(COLOR_SCHEME_META)) throw new Error(`${page.template} has no ${COLOR_SCHEME_META} to put the theme script after`);
  if (!/<html lang="en">/.test(template)) throw new Error(`${page.template} has no <html lang="en"> to give the page's language`);
  const html = startAfterPaint(template, page.template, preload)
    .replace('<html lang="en">', `<html lang="${page.language}">`)
    .replace(COLOR_SCHEME_META, `${COLOR_SCHEME_META}\n    ${THEME_SCRIPT}`)
    .replace(/\s*<title>[^<]*<\/title>/, '')
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace('</head>', `    ${page.head}\n    ${NOSCRIPT_STYLESHEET}\n  </head>`)
    .replace(
      root,
      () =>
        `<div id="root" data-prerendered-for="${page.search.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}" data-prerendered-lang="${page.language}">${page.body}</div>`,
    );
  return rebase(html, page.file.split('/').length - 1);
}

/**
 * After the build, renders every page with React's server renderer over the app's own components (loaded
 * through Vite, so CSS imports and the dataset's glob work as in the app) and writes them into the
 * output: index.html, events/<id>.html for each event, the same in each other language's folder
 * (ko/index.html, ko/events/<id>.html, ja/…), embed.html; then each page's preview image. With a dataset folder
 * other than src/data (`dataDir`), its pages are rendered from that folder's files, checked as the build checked them.
 */
export function prerender(dataDir = 'src/data'): Plugin {
  let root = '';
  let outDir = '';
  let began = performance.now();
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      began = performance.now();
    },
    async closeBundle() {
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        plugins: [
          react(),
          designTokens(),
          ...(resolve(root, dataDir) === resolve(root, 'src/data')
            ? []
            : [datasetFolder(dataDir, root, 'always'), prevalidatedDataset(dataDir, 'always')]),
        ],
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const { renderPages } = (await server.ssrLoadModule('/src/prerender/renderPages.tsx')) as { renderPages: typeof RenderPages };
        const templates = new Map(['index.html', 'embed.html'].map((name) => [name, readFileSync(join(outDir, name), 'utf8')]));
        const siteUrl = siteUrlFrom(process.env.SITE_URL);
        const pagesBegan = performance.now();
        const pages = await renderPages(siteUrl);
        const manifest = readManifest(outDir);
        const scriptsOf = (template: string) => firstScreenFiles(manifest, template).filter((file) => file.endsWith('.js'));
        for (const page of pages) {
          const file = join(outDir, page.file);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, fillTemplate(templates.get(page.template) ?? '', page, scriptsOf(page.template)));
        }
        const pagesMs = performance.now() - pagesBegan;
        this.info?.(`prerendered ${pages.length} pages; wrote ${writeSiteIndex(outDir, pages, siteUrl).join(', ')}`);
        const { pageLanguages } = (await server.ssrLoadModule('/src/prerender/renderPages.tsx')) as { pageLanguages: typeof PageLanguages };
        const { previewImages } = (await server.ssrLoadModule('/src/prerender/previewCards.ts')) as { previewImages: typeof PreviewImages };
        const { buildPreviewImage } = (await server.ssrLoadModule('/src/prerender/previewImage.ts')) as {
          buildPreviewImage: typeof BuildPreviewImage;
        };
        const imagesBegan = performance.now();
        let imageCount = 0;
        for (const { words, dataset } of await pageLanguages()) {
          const started = performance.now();
          const images = previewImages(dataset, words);
          await writePreviewImages(outDir, images, buildPreviewImage, previewFontsFor(words.language));
          imageCount += images.length;
          this.info?.(
            `drew ${images.length} preview images in ${words.language} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
        }
        const previewImagesMs = performance.now() - imagesBegan;
        // The benchmark reads the build's timings from the file BUILD_TIMINGS names (never inside the output).
        const timingsFile = process.env.BUILD_TIMINGS;
        if (timingsFile)
          writeBuildTimings(resolve(timingsFile), {
            date: new Date().toISOString(),
            buildMs: Math.round(performance.now() - began),
            pagesMs: Math.round(pagesMs),
            pages: pages.length,
            previewImagesMs: Math.round(previewImagesMs),
            previewImages: imageCount,
          });
      } finally {
        await server.close();
      }
    },
  };
}
