import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { BROWSER_ARGS, findBrowser } from '../../scripts/browser/findBrowser';
import { serveStatic } from '../../scripts/browser/staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    wsEndpoint: string;
  }
}

/** Serves the production build and starts one Chromium that every browser test file connects to. */
export default async function setup(project: TestProject) {
  // DIST_DIR lets several builds be tested side by side.
  const dist = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`No production build in ${dist}: run 'npm run build' first ('npm test' does).`);
  }
  const server = await serveStatic(dist);
  const { executablePath, origin } = await findBrowser();
  console.log(`Browser tests: Chromium from ${origin} (${executablePath}), build served at ${server.url}`);
  const browserServer = await chromium.launchServer({ executablePath, args: BROWSER_ARGS, headless: true });
  project.provide('baseURL', server.url);
  project.provide('wsEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await server.close();
  };
}
