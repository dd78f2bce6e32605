import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { auditWcag } from './axe';
import { disconnectBrowser, openApp } from './harness';

afterAll(disconnectBrowser);

/**
 * WCAG 2.5.3 (label in name) is checked, not skipped, on every timeline mark whose label shows and on every
 * cluster: each of them must be among the elements axe's rule looked at.
 */
const LABEL_IN_NAME = { 'label-content-name-mismatch': 'button.mark:not(.mark--unlabelled), button.cluster' };

/** axe's WCAG 2.2 AA violations on the page as it stands, as "rule: selectors" lines, after making sure the label-in-name rule ran on the marks. */
async function violations(page: Page): Promise<string[]> {
  expect(await page.locator(LABEL_IN_NAME['label-content-name-mismatch']).count()).toBeGreaterThan(0);
  const audit = await auditWcag(page, LABEL_IN_NAME);
  expect(audit.unchecked).toEqual([]);
  return audit.violations;
}

describe('no WCAG 2.2 AA violations (axe)', () => {
  it('is a check that can fail: an unlabelled control is reported', async () => {
    const app = await openApp();
    await app.page.evaluate(() => {
      const button = document.createElement('button');
      document.querySelector('main')?.append(button);
    });
    expect((await violations(app.page)).join('\n')).toMatch(/^button-name:/m);
    await app.close();
  });

  it('is a check that can fail: a mark whose name does not contain its visible label is reported', async () => {
    const app = await openApp();
    await app.page
      .locator('button.mark:not(.mark--unlabelled)')
      .first()
      .evaluate((mark) => mark.setAttribute('aria-label', 'Something else'));
    expect((await violations(app.page)).join('\n')).toMatch(/^label-content-name-mismatch:/m);
    await app.close();
  });

  it('on the first view', async () => {
    const app = await openApp();
    expect(await violations(app.page)).toEqual([]);
    await app.close();
  });

  it('with the source panel open', async () => {
    const app = await openApp('?event=gsomia-extension');
    await app.page
      .getByRole('complementary', { name: /Source/ })
      .getByRole('heading')
      .first()
      .waitFor();
    expect(await violations(app.page)).toEqual([]);
    await app.close();
  });

  it('with an article open in full', async () => {
    const app = await openApp();
    await app.page.getByRole('button', { name: /^Read in full: Xinhua/ }).click();
    await app.page.locator('.article-view').waitFor();
    expect(await violations(app.page)).toEqual([]);
    await app.close();
  });

  it('at phone width with the source panel open', async () => {
    const app = await openApp('?event=tokyo-export-control-talks', {
      viewport: { width: 375, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await app.page
      .getByRole('complementary', { name: /Source/ })
      .getByRole('heading')
      .first()
      .waitFor();
    expect(await violations(app.page)).toEqual([]);
    await app.close();
  });

  it('in the dark scheme, from the system setting and from the toggle', async () => {
    const app = await openApp('?event=japanese-colonial-rule', { colorScheme: 'dark' });
    expect(await violations(app.page)).toEqual([]);
    await app.close();
    const toggled = await openApp('', { colorScheme: 'light' });
    const toggle = toggled.page.getByRole('button', { name: /^Colours:/ });
    await toggle.click(); // light
    await toggle.click(); // dark
    expect(await toggled.page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    expect(await violations(toggled.page)).toEqual([]);
    await toggled.close();
  });
});
