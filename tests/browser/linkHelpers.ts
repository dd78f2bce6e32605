import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ViewWindow } from '../../src/core/viewWindow';
import { dataset } from '../../src/testing/realDataset';
import { resolvePermalink } from '../../src/url/resolvePermalink';
import { parseViewParams } from '../../src/url/viewParams';
import { untilStill } from './harness';

/** What deep-link browser tests share: the dataset, what a link should open, and what the page shows. */
export { dataset };
export const eventsById = new Map(dataset.events.map((e) => [e.id, e]));

export function eventTitle(id: string): string {
  const event = eventsById.get(id);
  if (!event) throw new Error(`no event ${id} in the dataset`);
  return event.title;
}

/** What the codec says a query string opens (the page must agree). */
export const permalinkView = (search: string) => resolvePermalink(parseViewParams(search), eventsById);

/** The ids of the events that overlap a window, in date order. */
export const idsOverlapping = (view: ViewWindow): string[] =>
  dataset.events.filter((e) => e.t0 < view.end && e.t1 > view.start).map((e) => e.id);

/** The events-list entries marked as in the timeline's view: what the page holds as its view. */
export const idsInView = (page: Page): Promise<string[]> =>
  page.locator('.events-list [data-event-id][data-in-view]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));

export const searchOf = (page: Page): string => new URL(page.url()).search;

/** Selects an event as a reader does: the button (or link) of its entry in the events list. */
export async function selectFromList(page: Page, id: string): Promise<void> {
  await page.locator(`.events-list [data-event-id="${id}"]`).locator('button, a').first().click();
}

/** The events-list entries marked as the current selection. */
export const selectedInList = (page: Page): Promise<string[]> =>
  page
    .locator('.events-list [data-event-id]:has([aria-current="true"])')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));

/** The source panel: a landmark (a region or a complementary aside) whose name contains "Source". */
export const sourcePanel = (page: Page) =>
  page.getByRole('region', { name: /Source/ }).or(page.getByRole('complementary', { name: /Source/ }));

/** The focusable timeline, named "Timeline…" (its section is also a region named Timeline). */
export const timeline = (page: Page) => page.getByRole('region', { name: /Timeline/ }).and(page.locator('[tabindex]'));

/** Waits until the page's in-view events are those of the view the URL names, and returns them. */
export async function expectViewOfUrl(page: Page): Promise<string[]> {
  const expected = idsOverlapping(permalinkView(searchOf(page)).view);
  await expect.poll(() => idsInView(page)).toEqual(expected);
  return expected;
}

/** Waits until the URL has stopped changing: a move that glides is written once it settles. */
export const settledUrl = (page: Page, quietMs = 1500): Promise<string> =>
  untilStill(() => Promise.resolve(page.url()), quietMs, 20 * quietMs);
