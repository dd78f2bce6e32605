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
    const violations = await app.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let count = 0;
          document.addEventListener('securitypolicyviolation', () => count++);
          // Let the page settle, then report.
          setTimeout(() => resolve(count), 500);
        }),
    );
    expect(violations).toBe(0);
    const about = app.page.getByRole('button', { name: 'About the data' });
    await about.click();
    await app.page.keyboard.press('Escape');
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.close();
  });
});
