import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { windowForDate, windowForEvent } from '../core/focusWindow';
import { FULL_RANGE, MIN_SPAN, type ViewWindow, clampWindow, spanOf } from '../core/viewWindow';
import { parsePartialDate } from '../model/partialDate';
import { dataset } from '../testing/realDataset';
import { sameView, viewSlack } from './permalinkWindow';
import { resolvePermalink } from './resolvePermalink';
import { serialiseViewParams } from './serialiseViewParams';
import { parseViewParams } from './viewParams';
import { DAY } from '../model/duration';

const events = new Map(dataset.events.map((e) => [e.id, e]));
const event = (id: string) => {
  const found = events.get(id);
  if (!found) throw new Error(`no event ${id} in the dataset`);
  return found;
};
const reopen = (search: string) => resolvePermalink(parseViewParams(search), events);
const day = (iso: string) => {
  const date = parsePartialDate(iso);
  if (!date) throw new Error(iso);
  return date;
};

/** Any view a reader can reach: inside the range, no narrower than the narrowest zoom. */
const views = fc
  .tuple(fc.double({ min: Math.log(MIN_SPAN), max: Math.log(spanOf(FULL_RANGE)), noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([logSpan, at]): ViewWindow => {
    const span = Math.min(Math.exp(logSpan), spanOf(FULL_RANGE));
    const start = FULL_RANGE.start + at * (spanOf(FULL_RANGE) - span);
    return clampWindow({ start, end: start + span });
  });
const selections = fc.option(fc.constantFrom(...dataset.events), { nil: null });

describe('serialiseViewParams writes short, readable links', () => {
  it('keeps the whole timeline with nothing selected as a clean URL', () => {
    expect(serialiseViewParams({ view: FULL_RANGE, selected: null })).toBe('');
  });

  it('writes the date alone when the view is the one the date implies', () => {
    expect(serialiseViewParams({ view: windowForDate(day('1965')), selected: null })).toBe('?date=1965');
    expect(serialiseViewParams({ view: windowForDate(day('2019-11')), selected: null })).toBe('?date=2019-11');
    expect(serialiseViewParams({ view: windowForDate(day('2019-11-22')), selected: null })).toBe('?date=2019-11-22');
  });

  it('writes the event alone when the view is the one the event implies', () => {
    const gsomia = event('gsomia-extension');
    expect(serialiseViewParams({ view: windowForEvent(gsomia), selected: gsomia })).toBe('?event=gsomia-extension');
  });

  it('writes date, span and event in that order, at the precision the zoom calls for', () => {
    const gsomia = event('gsomia-extension');
    expect(serialiseViewParams({ view: windowForDate(day('2019-11-22'), 30 * DAY), selected: gsomia })).toBe(
      '?date=2019-11-22&span=30d&event=gsomia-extension',
    );
    expect(serialiseViewParams({ view: windowForDate(day('2019'), 10 * 365.2425 * DAY), selected: null })).toBe('?date=2019&span=10y');
    expect(serialiseViewParams({ view: windowForDate(day('2019-11'), 6 * 30.436875 * DAY), selected: null })).toBe('?date=2019-11&span=6m');
  });

  it('rounds a wide view to years and a narrow one to days', () => {
    const wide = { start: Date.UTC(1931, 2, 7, 5), end: Date.UTC(1987, 9, 2, 17) };
    expect(serialiseViewParams({ view: wide, selected: null })).toMatch(/^\?date=\d{4}&span=\d+y$/);
    const narrow = { start: Date.UTC(2019, 10, 20, 3), end: Date.UTC(2019, 10, 27, 21) };
    expect(serialiseViewParams({ view: narrow, selected: null })).toBe('?date=2019-11-24&span=8d');
  });
});

describe('a written link reopens the view it was written from', () => {
  it('gives back the same view (centre and width within 3% of the width, or half a day) and the same selection', () => {
    fc.assert(
      fc.property(views, selections, (view, selected) => {
        const search = serialiseViewParams({ view, selected });
        const opened = reopen(search);
        expect(opened.notices).toEqual([]);
        expect(opened.selectedId).toBe(selected?.id ?? null);
        expect(sameView(view, opened.view), `${search}: ${JSON.stringify(view)} → ${JSON.stringify(opened.view)}`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps a search as it was typed, whatever its characters, and reads it back as text', () => {
    const queries = fc.oneof(
      fc.constantFrom('GSOMIA', '강제노동', '輸出規制', '<img src=x onerror=alert(1)>', '.*(a|b)+$', 'a&b=c#d', '%00 %zz', ' + '),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
    );
    fc.assert(
      fc.property(views, queries, (view, typed) => {
        const query = typed.trim();
        const search = serialiseViewParams({ view, selected: null, query });
        const opened = reopen(search);
        expect(opened.query).toBe(query);
        expect(opened.notices).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('does not call two views the same when they differ by more than the slack', () => {
    fc.assert(
      fc.property(views, fc.constantFrom(-1.01, 1.01), (view, direction) => {
        const moved = { start: view.start + direction * viewSlack(view), end: view.end + direction * viewSlack(view) };
        expect(sameView(view, moved)).toBe(false);
      }),
    );
  });
});
