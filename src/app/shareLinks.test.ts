// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { windowForDate } from '../core/focusWindow';
import { DAY } from '../model/duration';
import { parsePartialDate } from '../model/partialDate';
import { dataset } from '../testing/realDataset';
import { freshStore, testStore } from '../testing/realStore';
import { pageSearch } from '../url/eventPage';
import { startHistorySync } from '../url/history';
import { pageStateFor } from '../url/permalink';
import { currentPermalink, embedPermalink, fullTimelinePermalink } from './shareLinks';

const store = () => testStore().getState();
const year1965 = parsePartialDate('1965');
if (!year1965) throw new Error('1965 is a date');

/** Opens a URL as the page would: a store made from its permalink, then kept in step with the URL. */
function startAt(url: string): () => void {
  history.replaceState(null, '', url);
  freshStore(pageStateFor(pageSearch(location.pathname, location.search), dataset, []));
  return startHistorySync(testStore());
}

let stop: () => void = () => undefined;
afterEach(() => stop());

describe('the links a reader shares', () => {
  it('gives the link of what is on screen to share, even before the URL has caught up', () => {
    stop = startAt('/sub/path/?date=1965');
    expect(currentPermalink(testStore())).toBe(`${location.origin}/sub/path/?date=1965`);
    store().reportView(windowForDate(year1965, 10 * 365.2425 * DAY));
    expect(currentPermalink(testStore())).toBe(`${location.origin}/sub/path/?date=1965&span=10y`);
  });
});

describe('event pages and the embed', () => {
  it('Copy link gives the event’s own page when the view is the event’s, and the embed’s link the same view', () => {
    stop = startAt('/sub/path/?event=pact-1965');
    expect(currentPermalink(testStore())).toBe(`${location.origin}/sub/path/events/pact-1965.html`);
    expect(embedPermalink(testStore())).toBe(`${location.origin}/sub/path/embed.html?event=pact-1965`);
    store().reportView(windowForDate(year1965, 10 * 365.2425 * DAY));
    expect(currentPermalink(testStore())).toBe(`${location.origin}/sub/path/?date=1965&span=10y&event=pact-1965`);
  });

  it('the full timeline from an event page is its site’s root page, one folder up', () => {
    stop = startAt('/sub/events/pact-1965.html');
    expect(store().selectedId).toBe('pact-1965');
    expect(fullTimelinePermalink(testStore())).toBe(`${location.origin}/sub/events/pact-1965.html`);
    store().select(null);
    const link = new URL(fullTimelinePermalink(testStore()));
    expect(link.pathname).toBe('/sub/');
    expect(link.searchParams.get('date')).toBe('1965');
    expect(link.searchParams.has('event')).toBe(false);
  });
});
