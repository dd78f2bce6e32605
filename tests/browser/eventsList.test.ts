import { afterAll, describe, expect, it } from 'vitest';
import { hookDate } from '../../src/model/partialDate';
import { dataset } from '../../src/testing/realDataset';
import { disconnectBrowser, openApp } from './harness';

afterAll(disconnectBrowser);

describe('the production build lists the dataset', () => {
  it.each(['Asia/Seoul', 'Pacific/Honolulu'])(
    'shows every event with its hooks, and every quote on opening it, in %s, with no errors',
    async (timezoneId) => {
      const app = await openApp('', { timezoneId });
      const list = app.page.locator('.events-list');
      for (const event of dataset.events) {
        const entry = list.locator(`[data-event-id="${event.id}"]`);
        await expect(entry.count()).resolves.toBe(1);
        await expect(entry.getAttribute('data-start')).resolves.toBe(hookDate(event.start));
        await expect(entry.getAttribute('data-end')).resolves.toBe(event.end ? hookDate(event.end) : null);
        expect(await entry.innerText()).toContain(event.title);
        // The list names the event; its quotes are read in the source panel it opens.
        await entry.getByRole('button').click();
        const panel = await app.page.getByRole('complementary', { name: /Source/ }).innerText();
        expect(panel).toContain(event.title);
        for (const citation of event.citations) expect(panel).toContain(citation.quote);
      }
      expect(app.errors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
      await app.close();
    },
  );

  it('works from a sub-path of the host', async () => {
    const app = await openApp('', { path: 'mirror/sub/path/' });
    await expect(app.page.locator('.events-list [data-event-id]').count()).resolves.toBe(dataset.events.length);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
