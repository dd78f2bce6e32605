import { beforeEach, describe, expect, it } from 'vitest';
import { FULL_RANGE, MIN_SPAN } from '../core/viewWindow';
import { parsePartialDate } from '../model/partialDate';
import { resetAppStore, useAppStore } from './store';

const store = () => useAppStore.getState();

beforeEach(resetAppStore);

describe('the app store', () => {
  it('keeps the view within its limits', () => {
    store().setView({ start: 0, end: 1 });
    expect(store().view.end - store().view.start).toBe(MIN_SPAN);
    store().setView({ start: FULL_RANGE.start - 1e12, end: FULL_RANGE.end + 1e12 });
    expect(store().view).toEqual(FULL_RANGE);
  });

  it('numbers every move made by code, so the same window can be asked for twice', () => {
    const window = { start: Date.UTC(2019, 10, 1), end: Date.UTC(2019, 11, 1) };
    store().requestView(window);
    store().requestView(window, { animate: false });
    expect(store().viewRequest).toEqual({ window, animate: false, seq: 2 });
  });

  it('clears a linked date when an event is chosen, and keeps it when the selection is cleared', () => {
    const date = parsePartialDate('2020-03');
    store().setLinkedDate(date ?? null);
    store().select(null);
    expect(store().linkedDate).toBe(date);
    store().select('gsomia-extension');
    expect(store().selectedId).toBe('gsomia-extension');
    expect(store().linkedDate).toBeNull();
  });

  it('replaces a notice with the same id rather than stacking it', () => {
    store().addNotice({ id: 'date', message: 'first' });
    store().addNotice({ id: 'date', message: 'second' });
    expect(store().notices).toEqual([{ id: 'date', message: 'second' }]);
  });
});
