// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { selectListedEvents } from '../store/selectors';
import { loadRealDataset, render, testStore } from '../testing/realStore';
import { AHEAD_OF_USE_EVENTS, SearchField } from './SearchField';

beforeEach(loadRealDataset);
afterEach(() => {
  // Unmounted first, while the stubbed idle callbacks can still be cancelled.
  cleanup();
  vi.unstubAllGlobals();
});

/** A browser's idle callbacks, each run a moment after it is asked for; returns what was asked. */
function idleTime(): ReturnType<typeof vi.fn> {
  const asked = vi.fn((run: IdleRequestCallback) => setTimeout(() => run({ didTimeout: false, timeRemaining: () => 10 }), 1));
  vi.stubGlobal('requestIdleCallback', asked);
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
  return asked;
}

const field = () => screen.getByRole('searchbox', { name: /Search/ });
const listed = () => selectListedEvents(testStore().getState()).map((e) => e.id);

describe('<SearchField />', () => {
  it('searches as the reader types, and says how many events match', async () => {
    const user = userEvent.setup();
    render(<SearchField />);
    await user.type(field(), 'GSOMIA');
    await waitFor(() => expect(listed()).toEqual(['gsomia-signed', 'gsomia-cancelled', 'gsomia-extension']));
    expect(testStore().getState().query).toBe('GSOMIA');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('3 events match “GSOMIA”.'));
  });

  it('steps through the matches in date order with Enter and the arrows, and clears with Escape', async () => {
    const user = userEvent.setup();
    render(<SearchField />);
    await user.type(field(), 'gsomia');
    await waitFor(() => expect(testStore().getState().searchMatches?.size).toBe(3));
    await user.keyboard('{Enter}');
    expect(testStore().getState().selectedId).toBe('gsomia-signed');
    await user.keyboard('{ArrowDown}');
    expect(testStore().getState().selectedId).toBe('gsomia-cancelled');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(testStore().getState().selectedId).toBe('gsomia-extension');
    await user.keyboard('{Escape}');
    expect(testStore().getState().query).toBe('');
    expect(field()).toHaveProperty('value', '');
    expect(listed()).toHaveLength(testStore().getState().dataset.events.length);
  });

  it('is loaded, its index built, when a pointer comes over the field, before any click or key', async () => {
    const user = userEvent.setup();
    render(<SearchField />);
    expect(testStore().getState().searchHandle).toBeNull();
    await user.hover(field());
    await waitFor(() => expect(testStore().getState().searchHandle).not.toBeNull());
    expect(document.activeElement).not.toBe(field());
    expect(testStore().getState().query).toBe('');
  });

  it('is loaded, its index built, in idle time once the page is up, with no reader reaching for it', async () => {
    const asked = idleTime();
    render(<SearchField />);
    expect(testStore().getState().searchHandle).toBeNull();
    await waitFor(() => expect(testStore().getState().searchHandle).not.toBeNull());
    expect(asked).toHaveBeenCalled();
    expect(testStore().getState().query).toBe('');
  });

  it('fetches nothing ahead of use when the reader asks to save data', async () => {
    const asked = idleTime();
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { connection: { saveData: true } }));
    const user = userEvent.setup();
    render(<SearchField />);
    await new Promise((done) => setTimeout(done, 20));
    expect(asked).not.toHaveBeenCalled();
    expect(testStore().getState().searchHandle).toBeNull();
    // Reaching for the field still loads it.
    await user.hover(field());
    await waitFor(() => expect(testStore().getState().searchHandle).not.toBeNull());
  });

  it('fetches nothing ahead of use for an archive too large to index before it is asked for', async () => {
    const asked = idleTime();
    const { dataset } = testStore().getState();
    const [first] = dataset.events;
    if (!first) throw new Error('the real dataset has events');
    testStore().setState({ dataset: { ...dataset, events: Array.from({ length: AHEAD_OF_USE_EVENTS + 1 }, () => first) } });
    render(<SearchField />);
    await new Promise((done) => setTimeout(done, 20));
    expect(asked).not.toHaveBeenCalled();
    expect(testStore().getState().searchHandle).toBeNull();
  });

  it('is reached with / from anywhere but a field', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">elsewhere</button>
        <SearchField />
      </>,
    );
    screen.getByRole('button', { name: 'elsewhere' }).focus();
    await user.keyboard('/');
    expect(document.activeElement).toBe(field());
    expect(field()).toHaveProperty('value', '');
  });

  it('takes hostile text as text: no match, no error, the field keeps it', async () => {
    const user = userEvent.setup();
    render(<SearchField />);
    const hostile = '<img src=x onerror=alert(1)> .*(';
    await user.type(field(), hostile.replace(/[{[]/g, '$&$&'));
    await waitFor(() => expect(testStore().getState().searchMatches?.size).toBe(0));
    expect(field()).toHaveProperty('value', hostile);
    expect(document.querySelector('img')).toBeNull();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(`No event matches “${hostile}”.`));
  });

  it('shows the query of a link, and a query set by Back or Forward', () => {
    testStore().getState().setQuery('Kajiyama');
    render(<SearchField />);
    expect(field()).toHaveProperty('value', 'Kajiyama');
    act(() => testStore().getState().setQuery('swap'));
    expect(field()).toHaveProperty('value', 'swap');
  });
});
