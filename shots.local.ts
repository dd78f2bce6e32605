import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from './tests/browser/findBrowser';
import { serveStatic } from './tests/browser/staticServer';
const views = { full: '', y2019: '?date=2019', nov: '?date=2019-11&span=60d', y2023: '?date=2023', decade: '?date=2016&span=10y' } as const;
const extra = (process.argv[2] ?? '').split(',').filter(Boolean);
const server = await serveStatic(new URL('./dist', import.meta.url).pathname);
const { executablePath } = await findBrowser();
const browser = await chromium.launch({ executablePath, args: BROWSER_ARGS, headless: true });
for (const [w, h] of [[1280, 800], [375, 740]] as const) for (const scheme of ['light', 'dark'] as const) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, isMobile: w < 500, hasTouch: w < 500 });
  const page = await ctx.newPage();
  for (const [name, q] of [...Object.entries(views), ...extra.map((e, i) => [`extra${i}`, e] as const)]) {
    await page.goto(server.url + q);
    await page.waitForSelector('[data-event-id]');
    await page.waitForTimeout(700);
    await page.screenshot({ path: `/tmp/tlshots/${name}-${w}-${scheme}.png` });
  }
  await ctx.close();
}
await browser.close();
await server.close();
