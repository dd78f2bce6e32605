// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { windowForDate, windowForEvent } from '../core/focusWindow';
import { FULL_RANGE, type ViewWindow } from '../core/viewWindow';
import { DAY } from '../model/duration';
import { parsePartialDate } from '../model/partialDate';
import { fakeViewHandle } from '../testing/fakeViewHandle';
import { dataset } from '../testing/realDataset';
import { freshStore, testStore } from '../testing/realStore';
import { pageSearch } from './eventPage';
import { startHistorySync } from './history';
import { pageStateFor } from './permalink';

const store = () => testStore().getState();
const year1965 = parsePartialDate('1965');
const gsomia = dataset.events.find((e) => e.id === 'gsomia-extension');
const pact = dataset.events.find((e) => e.id === 'pact-1965');
if (!year1965 || !gsomia || !pact) throw new Error('the dataset lacks the events these tests use');

/** Opens a URL as the page would: a store made from its permalink, then kept in step with the URL. */
function startAt(url: string, options: { replaceOnly?: boolean } = {}): () => void {
  history.replaceState(null, '', url);
  freshStore(pageStateFor(pageSearch(location.pathname, location.search), dataset, []));
  return startHistorySync(testStore(), options);
}

/** What the timeline reports over a move: it begins, passes through windows, and comes to rest on the last. */
function moveThrough(...windows: ViewWindow[]): void {
  store().reportMoving();
  for (const w of windows) store().reportView(w);
  const last = windows.at(-1);
  if (last) store().reportRest(last);
}

/** Back or Forward, as the browser does it: the URL changes, then popstate arrives. */
async function go(delta: number): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  history.go(delta);
  // jsdom moves through history on a timer, which these tests control.
  await vi.advanceTimersByTimeAsync(1);
  await popped;
}

let stop: () => void = () => undefined;
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('opening a link', () => {
  it('makes the page’s store with the permalink’s view, selection and marked date before anything renders', () => {
    stop = startAt('/?date=1965');
    expect(testStore().getInitialState().view).toEqual(windowForDate(year1965));
    expect(testStore().getInitialState().markedDate).toEqual(year1965);
    expect(testStore().getInitialState().selectedId).toBeNull();
  });

  it('selects a linked event and shows it', () => {
    stop = startAt('/?event=gsomia-extension');
    expect(store().selectedId).toBe('gsomia-extension');
    expect(store().view).toEqual(windowForEvent(gsomia));
  });

  it('keeps a good link as it was written', () => {
    stop = startAt('/sub/path/?date=2019-11-22&span=30d#top');
    expect(location.pathname + location.search + location.hash).toBe('/sub/path/?date=2019-11-22&span=30d#top');
  });

  it('shows a notice for each unusable value and rewrites the link to what is shown', () => {
    stop = startAt('/sub/path/?date=banana&event=constructor&span=-3y');
    expect(store().notices.map((n) => n.id)).toEqual(['link-date', 'link-span', 'link-event']);
    expect(store().view).toEqual(FULL_RANGE);
    expect(location.pathname + location.search).toBe('/sub/path/');
  });
});

describe('the URL follows the reader', () => {
  it('is replaced once the view comes to rest, not on every frame', () => {
    stop = startAt('/app/');
    const entries = history.length;
    store().reportMoving();
    for (let i = 20; i >= 0; i--) {
      store().reportView({ start: Date.UTC(1960, 0, 1) + i * DAY, end: Date.UTC(1970, 0, 1) + i * DAY });
      expect(location.search).toBe('');
    }
    store().reportRest(store().view);
    // 1960–1970 is centred on the last day of 1964, within a month's rounding at this zoom.
    expect(location.pathname + location.search).toBe('/app/?date=1964-12&span=10y');
    expect(history.length).toBe(entries);
  });

  it('goes back to a clean URL when the reader returns to the whole timeline', () => {
    stop = startAt('/app/?date=1965');
    moveThrough(FULL_RANGE);
    expect(location.pathname + location.search).toBe('/app/');
  });

  it('does not rewrite a link whose view the timeline lands on within the rounding', () => {
    stop = startAt('/app/?date=1965');
    const view = windowForDate(year1965);
    moveThrough({ start: view.start + 2 * DAY, end: view.end + 3 * DAY });
    expect(location.search).toBe('?date=1965');
  });

  it('pushes a history entry for each selected event, with the view at that moment', () => {
    stop = startAt('/app/?date=1965');
    const entries = history.length;
    store().select('pact-1965');
    expect(location.search).toBe('?date=1965&event=pact-1965');
    store().select('gsomia-extension');
    expect(location.search).toBe('?date=1965&event=gsomia-extension');
    expect(history.length).toBe(entries + 2);
  });

  it('leaves the URL as it was when the browser refuses to change it, and keeps working', () => {
    stop = startAt('/app/');
    const refuse = () => {
      throw new DOMException('Attempt to use history.replaceState() more than 100 times per 10 seconds', 'SecurityError');
    };
    vi.spyOn(history, 'replaceState').mockImplementation(refuse);
    vi.spyOn(history, 'pushState').mockImplementation(refuse);
    expect(() => moveThrough(windowForDate(year1965))).not.toThrow();
    expect(() => store().select('pact-1965')).not.toThrow();
    expect(location.search).toBe('');
    expect(store().selectedId).toBe('pact-1965');
  });

  it('replaces the entry, not pushes one, when the reader closes the selection', () => {
    stop = startAt('/app/?date=1965');
    store().select('pact-1965');
    const entries = history.length;
    store().select(null);
    expect(location.search).toBe('?date=1965');
    expect(history.length).toBe(entries);
  });

  it('steps back and forward through the events a reader opened, restoring view and selection without new entries', async () => {
    stop = startAt('/app/');
    const timeline = fakeViewHandle();
    store().registerView(timeline.handle);
    store().select('pact-1965');
    moveThrough(windowForEvent(pact));
    store().select('gsomia-extension');
    moveThrough(windowForEvent(gsomia));
    expect(new URLSearchParams(location.search).get('event')).toBe('gsomia-extension');
    const entries = history.length;

    await go(-1);
    expect(location.search).toBe('?event=pact-1965');
    expect(store().selectedId).toBe('pact-1965');
    expect(timeline.moves.at(-1)).toEqual({ window: windowForEvent(pact), animate: false });
    // The timeline carries the move out; the URL already says so and stays.
    moveThrough(windowForEvent(pact));
    expect(location.search).toBe('?event=pact-1965');

    await go(-1);
    expect(location.search).toBe('');
    expect(store().selectedId).toBeNull();
    expect(timeline.moves.at(-1)?.window).toEqual(FULL_RANGE);

    await go(2);
    expect(store().selectedId).toBe('gsomia-extension');
    expect(history.length).toBe(entries);
  });

  it('keeps a written link as it is on reload, once the timeline lands on its view', () => {
    const views = fc.tuple(fc.integer({ min: 3, max: 47_000 }), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(views, fc.constantFrom(null, 'pact-1965', 'gsomia-extension'), ([days, at], selected) => {
        stop = startAt('/app/');
        const start = FULL_RANGE.start + at * (FULL_RANGE.end - FULL_RANGE.start - days * DAY);
        store().select(selected);
        moveThrough({ start, end: start + days * DAY });
        const written = location.search;
        stop();

        stop = startAt(`/app/${written}`);
        moveThrough(store().view);
        expect(location.search).toBe(written);
        expect(store().selectedId).toBe(selected);
        stop();
      }),
      { numRuns: 200 },
    );
  });
});

describe('the embed', () => {
  it('with replaceOnly, selecting events adds no history entry', () => {
    stop = startAt('/embed.html', { replaceOnly: true });
    const entries = history.length;
    store().select('pact-1965');
    store().select('gsomia-extension');
    expect(history.length).toBe(entries);
    expect(new URLSearchParams(location.search).get('event')).toBe('gsomia-extension');
  });
});

describe('a search in the URL', () => {
  it('is written as it is typed, replacing the entry, and opened again on Back and Forward', async () => {
    stop = startAt('/app/?date=1965');
    const entries = history.length;
    for (const typed of ['G', 'GS', 'GSOMIA']) store().setQuery(typed);
    expect(new URLSearchParams(location.search).get('q')).toBe('GSOMIA');
    expect(history.length).toBe(entries);
    store().select('gsomia-extension');
    store().setQuery('');
    await go(-1);
    expect(store().query).toBe('GSOMIA');
    expect(store().selectedId).toBeNull();
  });

  it('opens a long search at its start, and says so', () => {
    stop = startAt(`/app/?q=${'a'.repeat(300)}`);
    expect(store().query).toHaveLength(200);
    expect(store().notices.map((n) => n.id)).toEqual(['link-q']);
  });
});
