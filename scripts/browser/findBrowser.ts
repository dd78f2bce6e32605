import { existsSync } from 'node:fs';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Finds a Chromium to test with, in this order: the CHROMIUM_PATH environment variable, a system
 * Chromium or Chrome, then the one packaged in the `@sparticuz/chromium` devDependency.
 */
export async function findBrowser(): Promise<{ executablePath: string; origin: string }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, origin: 'CHROMIUM_PATH' };
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { executablePath: system, origin: 'system' };
  const { default: chromium } = await import('@sparticuz/chromium');
  return { executablePath: await chromium.executablePath(), origin: '@sparticuz/chromium' };
}

/**
 * Our own arguments, not the packaged browser's defaults: those turn off web security and run in a
 * single process, which would hide security bugs and distort timings. The background-networking flags
 * keep Chromium from calling home on a machine with no network.
 */
export const BROWSER_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];
