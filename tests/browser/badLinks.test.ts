import { afterAll, describe, expect, it } from 'vitest';
import { appUrl, disconnectBrowser, openApp } from './harness';
import { dataset, idsInView, idsOverlapping, permalinkView, searchOf } from './linkHelpers';

afterAll(disconnectBrowser);

const script = '<img src=x onerror=alert(1)>';
const long = `2019-${'9'.repeat(5000)}`;

/** A bad link, the words its notice must contain, and the URL the page rewrites it to. */
const cases: [query: string, words: string, cleanQuery: string][] = [
  ['?date=banana', 'The date “banana” is not a date like 2019, 2019-11 or 2019-11-22. Showing the whole timeline instead.', ''],
  ['?date=2019-13-45', 'The date “2019-13-45” does not exist.', ''],
  ['?date=40000-01-01', 'The date “40000-01-01” is not a date', ''],
  [
    '?date=1965&span=-3y',
    'The span “-3y” is not a width like 30d, 6m or 10y (days, months or years). Showing 1965 at its usual width instead.',
    '?date=1965',
  ],
  ['?date=1965&span=0d', 'The span “0d” is not wider than nothing.', '?date=1965'],
  ['?date=1965&span=1e308y', 'The span “1e308y” is not a width', '?date=1965'],
  ['?event=nope', 'There is no event “nope” in this timeline, so none is selected.', ''],
  ['?event=__proto__', 'There is no event “__proto__” in this timeline', ''],
  ['?event=constructor', 'There is no event “constructor” in this timeline', ''],
  ['?date=1965&date=2019-11', 'The link gives date 2 times; only the first, “1965”, is used.', '?date=1965'],
  [`?date=${long}`, `The date “${long.slice(0, 39)}…” is not a date`, ''],
  [`?event=${encodeURIComponent(script)}`, `There is no event “${script}” in this timeline`, ''],
  [`?date=${encodeURIComponent('<script>alert(1)</script>')}`, 'The date “<script>alert(1)</script>” is not a date', ''],
];

describe('a bad link never breaks the page', () => {
  const named = cases.map(([query, ...rest]) => [
    query.length > 60 ? `${query.slice(0, 40)}… (${query.length} characters)` : query,
    query,
    ...rest,
  ]);
  it.each(named)('%s: a notice says so, the page works, nothing runs', async (_, query, words, cleanQuery) => {
    const app = await openApp('');
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(appUrl(query));
    await page.waitForSelector('[data-event-id]');

    const notice = page.locator('.notice').filter({ hasText: words });
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.innerText();
    expect(text.length).toBeLessThan(250);
    // The notice sits in a polite live region, and can be dismissed.
    await expect(notice.evaluate((el) => el.closest('[role="status"]') !== null)).resolves.toBe(true);
    await notice.getByRole('button', { name: /Dismiss/ }).click();
    await expect.poll(() => notice.count()).toBe(0);

    await expect(page.locator('.events-list [data-event-id]').count()).resolves.toBe(dataset.events.length);
    await expect.poll(() => idsInView(page)).toEqual(idsOverlapping(permalinkView(cleanQuery).view));
    expect(searchOf(page)).toBe(cleanQuery);
    await expect(page.locator('img[src="x"], script:not([src]):not([type="application/ld+json"])').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('ignores parameters it does not know, without a notice', async () => {
    const app = await openApp('?date=1965&utm_source=newsletter&fbclid=abc');
    await expect.poll(() => idsInView(app.page)).toEqual(idsOverlapping(permalinkView('?date=1965').view));
    await expect(app.page.locator('.notice').count()).resolves.toBe(0);
    await app.close();
  });
});
