import { afterAll, describe, expect, it } from 'vitest';
import { appUrl, disconnectBrowser, openApp } from './harness';
import {
  dataset,
  eventTitle,
  expectViewOfUrl,
  idsInView,
  idsOverlapping,
  permalinkView,
  searchOf,
  selectedInList,
  selectFromList,
  settledUrl,
  sourcePanel,
  timeline,
} from './linkHelpers';

afterAll(disconnectBrowser);

const allIds = dataset.events.map((e) => e.id);

describe('a deep link opens its view', () => {
  it.each([
    '?date=1965',
    '?date=2019-11',
    '?date=2019-11-22',
    '?date=2019-11-22&span=30d',
    '?date=2019&span=6m',
    '?date=1965&span=10y',
    '?date=2023-09&span=3y',
  ])('%s shows the events of that view and keeps its URL', async (query) => {
    const app = await openApp(query);
    const expected = idsOverlapping(permalinkView(query).view);
    expect(expected.length).toBeLessThan(allIds.length);
    await expect.poll(() => idsInView(app.page)).toEqual(expected);
    expect(searchOf(app.page)).toBe(query);
    await expect(selectedInList(app.page)).resolves.toEqual([]);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it.each(['Pacific/Honolulu', 'Asia/Seoul', 'UTC'])('a day link opens the same days in %s', async (timezoneId) => {
    // 26 to 28 November exactly: the talks of the 28th are in; those of the 29th, a day-edge away, are out. The
    // dispute's spreading (some time up to the 29th) and the dispute still going on may fall on these days too.
    const query = '?date=2019-11-27&span=3d';
    const app = await openApp(query, { timezoneId });
    const held = ['dispute-spreads-trade-security', 'tokyo-seoul-at-odds', 'working-level-export-dialogue'];
    await expect.poll(() => idsInView(app.page)).toEqual(held);
    expect(idsOverlapping(permalinkView(query).view)).toEqual(held);
    await app.close();
  });

  it('marks a linked date on the timeline', async () => {
    const app = await openApp('?date=2020-03');
    await expect.poll(() => app.page.getByText('Linked date: March 2020').isVisible()).toBe(true);
    await app.close();
  });

  it('?event= selects the event, opens its source panel and brings it into view', async () => {
    const app = await openApp('?event=gsomia-extension');
    await expect.poll(() => sourcePanel(app.page).innerText()).toContain(eventTitle('gsomia-extension'));
    await expect(selectedInList(app.page)).resolves.toEqual(['gsomia-extension']);
    const inView = await expectViewOfUrl(app.page);
    expect(inView).toContain('gsomia-extension');
    expect(inView.length).toBeLessThan(allIds.length);
    await app.close();
  });

  it('reload gives the same view and selection', async () => {
    const app = await openApp('?date=2019-11&span=2m&event=working-level-export-dialogue');
    const before = await expectViewOfUrl(app.page);
    await app.page.reload();
    await app.page.waitForSelector('[data-event-id]');
    expect(searchOf(app.page)).toBe('?date=2019-11&span=2m&event=working-level-export-dialogue');
    await expect.poll(() => idsInView(app.page)).toEqual(before);
    await expect.poll(() => sourcePanel(app.page).innerText()).toContain(eventTitle('working-level-export-dialogue'));
    await app.close();
  });

  it('works from a sub-path and keeps the path when it writes the URL', async () => {
    const app = await openApp('?date=1965', { path: 'mirror/sub/path/' });
    await expectViewOfUrl(app.page);
    await selectFromList(app.page, 'pact-1965');
    await expect.poll(() => new URL(app.page.url()).pathname).toBe('/mirror/sub/path/');
    await expect.poll(() => searchOf(app.page)).toContain('event=pact-1965');
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('the URL follows the reader', () => {
  it('pushes an entry per selected event; Back and Forward restore selection and view', async () => {
    const app = await openApp('');
    const { page } = app;
    const startLength = await page.evaluate(() => history.length);
    const opened = ['pact-1965', 'customs-meeting-2016', 'gsomia-extension'];
    const urls: string[] = [];
    const views = new Set<string>();
    for (const id of opened) {
      await selectFromList(page, id);
      await expect.poll(() => searchOf(page)).toContain(`event=${id}`);
      urls.push(await settledUrl(page));
      views.add((await expectViewOfUrl(page)).join());
    }
    // Each event was brought into view, so the entries hold different views to go back to.
    expect(views.size).toBe(opened.length);
    await expect(page.evaluate(() => history.length)).resolves.toBe(startLength + 3);

    const expectAt = async (index: number) => {
      await expect.poll(() => page.url()).toBe(urls[index]);
      const id = opened[index] ?? '';
      await expect.poll(() => selectedInList(page)).toEqual([id]);
      await expect.poll(() => sourcePanel(page).innerText()).toContain(eventTitle(id));
      await expectViewOfUrl(page);
    };
    await page.goBack();
    await expectAt(1);
    await page.goBack();
    await expectAt(0);
    await page.goForward();
    await expectAt(1);
    await page.goForward();
    await expectAt(2);
    await page.goBack();
    await page.goBack();
    await page.goBack();
    await expect.poll(() => searchOf(page)).toBe('');
    await expect.poll(() => selectedInList(page)).toEqual([]);
    await expect.poll(() => idsInView(page)).toEqual(allIds);
    // Stepping through history added no entries of its own.
    await expect(page.evaluate(() => history.length)).resolves.toBe(startLength + 3);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  it('a zoom gesture replaces the URL once it settles, and the new URL reopens that view', async () => {
    const app = await openApp('');
    const { page } = app;
    await page.evaluate(() => {
      const counts = { push: 0, replace: 0 };
      Object.assign(window, { urlWrites: counts });
      const { pushState, replaceState } = history;
      history.pushState = (...args) => (counts.push++, pushState.apply(history, args));
      history.replaceState = (...args) => (counts.replace++, replaceState.apply(history, args));
    });
    const box = await timeline(page).boundingBox();
    if (!box) throw new Error('the timeline is not on screen');
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, -240);
      // Quicker than the URL's settle delay (300 ms): one gesture, not twelve.
      await page.waitForTimeout(30);
    }
    await expect.poll(() => searchOf(page), { timeout: 5000 }).toMatch(/^\?date=[\d-]+&span=\d+[dmy]$/);
    const writes = await page.evaluate(() => (window as unknown as { urlWrites: { push: number; replace: number } }).urlWrites);
    expect(writes.push).toBe(0);
    expect(writes.replace).toBeGreaterThanOrEqual(1);
    expect(writes.replace).toBeLessThanOrEqual(3);
    const zoomed = await expectViewOfUrl(page);
    expect(zoomed.length).toBeLessThan(allIds.length);

    const reopened = await openApp(searchOf(page));
    await expect.poll(() => idsInView(reopened.page)).toEqual(zoomed);
    expect(searchOf(reopened.page)).toBe(searchOf(page));
    await reopened.close();
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('Copy link and Share', () => {
  it('copies a link that opens the same view in a new page, from a sub-path', async () => {
    const permissions = ['clipboard-read', 'clipboard-write'];
    const app = await openApp('?date=2019-11&event=gsomia-extension', { path: 'mirror/sub/path/', permissions });
    const copy = app.page.getByRole('button', { name: 'Copy link' });
    const height = (await copy.boundingBox())?.height ?? 0;
    expect(height).toBeGreaterThanOrEqual(44);
    await copy.click();
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: 'copied' }).innerText()).toBe('Link to this view copied.');
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(appUrl('?date=2019-11&event=gsomia-extension', 'mirror/sub/path/'));

    const fresh = await openApp('');
    await fresh.page.goto(copied);
    await fresh.page.waitForSelector('[data-event-id]');
    await expect.poll(() => idsInView(fresh.page)).toEqual(await idsInView(app.page));
    await expect.poll(() => selectedInList(fresh.page)).toEqual(['gsomia-extension']);
    await fresh.close();
    await app.close();
  });

  it('shows the link selected in a field when the clipboard is unavailable', async () => {
    const app = await openApp('?date=1965');
    await app.page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await app.page.getByRole('button', { name: 'Copy link' }).click();
    const field = app.page.getByRole('textbox', { name: 'Link to this view' });
    await expect.poll(() => field.inputValue()).toBe(appUrl('?date=1965'));
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect.poll(() => app.page.getByRole('status').filter({ hasText: 'Ctrl+C' }).count()).toBe(1);
    await app.close();
  });

  it('offers Share only where the Web Share API exists', async () => {
    const app = await openApp('');
    const hasApi = await app.page.evaluate(() => typeof navigator.share === 'function');
    await expect(app.page.getByRole('button', { name: 'Share' }).count()).resolves.toBe(hasApi ? 1 : 0);
    await app.close();
  });
});
