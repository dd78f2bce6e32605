import { afterAll, describe, expect, it } from 'vitest';
import { eventPagePath } from '../../src/url/eventPage';
import { appUrl, disconnectBrowser, openApp } from './harness';
import { eventTitle, selectFromList, selectedInList, settledUrl, sourcePanel } from './linkHelpers';

afterAll(disconnectBrowser);

const permissions = ['clipboard-read', 'clipboard-write'];

describe('sharing an event', () => {
  it.each(['', 'mirror/sub/path/'])('Copy link on an event’s own view gives its event page, which opens it (at "/%s")', async (path) => {
    const app = await openApp('', { path, permissions });
    await selectFromList(app.page, 'pact-1965');
    await expect.poll(() => sourcePanel(app.page).innerText()).toContain(eventTitle('pact-1965'));
    await settledUrl(app.page);
    await app.page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: 'copied' }).count()).toBe(1);
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(appUrl('', `${path}${eventPagePath('pact-1965')}`));
    await app.close();

    const opened = await openApp('', { path: `${path}${eventPagePath('pact-1965')}` });
    await expect(selectedInList(opened.page)).resolves.toEqual(['pact-1965']);
    await expect(opened.page.title()).resolves.toContain(eventTitle('pact-1965'));
    expect(opened.errors).toEqual([]);
    await opened.close();
  });

  it('Copy link pressed while the view still glides to the chosen event gives the event page', async () => {
    const app = await openApp('?date=1910', { permissions });
    // Both clicks in one task: the glide to the event has been asked for and has not moved a frame, so
    // the address bar still names 1910's view (with the event chosen) when Copy link is pressed.
    const addressAtCopy = await app.page.evaluate(() => {
      document.querySelector<HTMLElement>('.events-list [data-event-id="gsomia-extension"] button')?.click();
      [...document.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === 'Copy link')?.click();
      return location.search;
    });
    expect(new URLSearchParams(addressAtCopy).get('date'), addressAtCopy).toBe('1910');
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: 'copied' }).count()).toBe(1);
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(appUrl('', eventPagePath('gsomia-extension')));
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('Copy link on a view of its own gives the query form, also on an event page', async () => {
    const app = await openApp('?date=1965&span=10y', { path: eventPagePath('pact-1965'), permissions });
    await app.page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: 'copied' }).count()).toBe(1);
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    // The page's own address already opens this view (the event from its path, the window from its query).
    expect(copied).toBe(appUrl('?date=1965&span=10y', eventPagePath('pact-1965')));
    await app.close();
  });

  it('moving away from an event page’s own view writes the query form on the root page, which a reload restores', async () => {
    const app = await openApp('', { path: eventPagePath('pact-1965') });
    await sourcePanel(app.page).getByRole('button', { name: 'Close the sources' }).click();
    await expect.poll(() => selectedInList(app.page)).toEqual([]);
    await expect.poll(() => new URL(app.page.url()).pathname).toBe('/');
    await app.page.reload();
    await app.page.waitForSelector('.events-list [data-event-id]');
    await expect(selectedInList(app.page)).resolves.toEqual([]);
    await app.close();
  });
});

describe('the Embed control', () => {
  it('loads its code only when asked, and gives an iframe on the current view', async () => {
    const app = await openApp('?event=gsomia-extension', { permissions });
    const requested: string[] = [];
    app.page.on('request', (r) => requested.push(r.url()));
    // The page has loaded all it loads by itself: the app has drawn the timeline, the selected event's relations
    // (the last chunk it fetches unasked) are shown, and the network has then been quiet.
    await app.page.waitForSelector('.timeline-marks [data-event-id]');
    await app.page.locator('[data-relation]').first().waitFor();
    await app.page.waitForLoadState('networkidle');
    const fetched = await app.page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(fetched.filter((url) => /relations/i.test(url)).length).toBeGreaterThan(0);
    expect(fetched.filter((url) => /EmbedCode/.test(url))).toEqual([]);
    await app.page.getByRole('button', { name: 'Embed' }).click();
    const field = app.page.getByRole('textbox', { name: 'Code for this view' });
    await expect.poll(() => field.inputValue()).toContain(`<iframe src="${appUrl('?event=gsomia-extension', 'embed.html')}"`);
    expect(requested.filter((url) => /EmbedCode/.test(url))).toHaveLength(1);
    await app.page.getByRole('button', { name: 'Copy code' }).click();
    await expect.poll(() => app.page.evaluate(() => navigator.clipboard.readText())).toContain('timeline:height');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.textContent)).toBe('Embed');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
