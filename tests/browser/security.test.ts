import { afterAll, describe, expect, it } from 'vitest';
import { disconnectBrowser, openApp } from './harness';

afterAll(disconnectBrowser);

describe('the production build is locked down', () => {
  it('sets a strict Content-Security-Policy that the browser enforces', async () => {
    const app = await openApp();
    const policy = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    // The browser refuses an inline script under this policy (a script from the URL or data would be one).
    const inlineRan = await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inlineRan = "yes"';
      document.head.append(script);
      return document.documentElement.dataset.inlineRan === 'yes';
    });
    expect(inlineRan).toBe(false);
    await app.close();
  });

  it('raises no CSP violation and requests nothing from any other site while a reader uses it', async () => {
    const app = await openApp();
    // Chromium reports every violation on the console too, which app.errors holds from the page's start; the
    // event counts those that come once the app runs.
    await app.page.evaluate(() => {
      const w = window as unknown as { violations: number };
      w.violations = 0;
      document.addEventListener('securitypolicyviolation', () => w.violations++);
    });
    // The app has drawn the timeline and fetched all it fetches by itself.
    await app.page.waitForSelector('.timeline-marks [data-event-id]');
    await app.page.waitForLoadState('networkidle');
    const about = app.page.getByRole('button', { name: 'About the data' });
    await about.click();
    await app.page.keyboard.press('Escape');
    await expect(app.page.evaluate(() => (window as unknown as { violations: number }).violations)).resolves.toBe(0);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.close();
  });
});
