import { englishI18n, koreanI18n } from '../testing/englishI18n';
import { describe, expect, it } from 'vitest';
import { windowForDate, windowForEvent } from '../core/focusWindow';
import { FULL_RANGE, MIN_SPAN, spanOf } from '../core/viewWindow';
import { parsePartialDate } from '../model/partialDate';
import { dataset } from '../testing/realDataset';
import { resolvePermalink } from './resolvePermalink';
import { parseViewParams } from './viewParams';
import { DAY } from '../model/duration';

const events = new Map(dataset.events.map((e) => [e.id, e]));
const open = (search: string) => resolvePermalink(parseViewParams(search), events);
const date = (iso: string) => {
  const parsed = parsePartialDate(iso);
  if (!parsed) throw new Error(iso);
  return parsed;
};
const gsomia = events.get('gsomia-extension');
if (!gsomia) throw new Error('the dataset has no gsomia-extension event');

describe('resolvePermalink opens what a link names', () => {
  it('opens the whole timeline, nothing selected, for a link without parameters', () => {
    expect(open('')).toEqual({ view: FULL_RANGE, selectedId: null, markedDate: null, lang: null, query: '', notices: [] });
  });

  it('centres on a date at its zoom and marks the date', () => {
    expect(open('?date=1965')).toMatchObject({ view: windowForDate(date('1965')), markedDate: date('1965'), selectedId: null });
    expect(spanOf(open('?date=1965').view)).toBe(366 * DAY);
    expect(spanOf(open('?date=2019-11').view)).toBe(31 * DAY);
    expect(spanOf(open('?date=2019-11-22').view)).toBe(21 * DAY);
  });

  it('lets span override the width the date implies', () => {
    expect(open('?date=2019-11-22&span=30d').view).toEqual(windowForDate(date('2019-11-22'), 30 * DAY));
  });

  it('selects a linked event and, without a date, brings it into view', () => {
    expect(open('?event=gsomia-extension')).toMatchObject({
      view: windowForEvent(gsomia),
      selectedId: 'gsomia-extension',
      markedDate: null,
    });
  });

  it('with a date and an event, shows the date and selects the event', () => {
    expect(open('?date=2019&span=2y&event=gsomia-extension')).toMatchObject({
      view: windowForDate(date('2019'), 2 * 365.2425 * DAY),
      selectedId: 'gsomia-extension',
      markedDate: null,
    });
  });

  it('keeps the view within its limits: a few days at the narrowest, the whole range at the widest', () => {
    expect(spanOf(open('?date=2019-11-22&span=1d').view)).toBe(MIN_SPAN);
    expect(open('?date=1965&span=500y').view).toEqual(FULL_RANGE);
    expect(open('?date=1965&span=999999999y').view).toEqual(FULL_RANGE);
    expect(open('?date=1900&span=10y').view.start).toBe(FULL_RANGE.start);
  });
});

describe('resolvePermalink says what it could not use and what it shows instead', () => {
  const messages = (search: string) => open(search).notices.map((n) => `${n.id}: ${n.text(englishI18n)}`);

  it('falls back to the whole timeline for a bad date', () => {
    expect(open('?date=banana').view).toEqual(FULL_RANGE);
    expect(messages('?date=banana')).toEqual([
      'link-date: The date “banana” is not a date like 2019, 2019-11 or 2019-11-22. Showing the whole timeline instead.',
    ]);
  });

  it('falls back to the linked event for a bad date', () => {
    expect(open('?date=2019-13-45&event=gsomia-extension')).toMatchObject({ view: windowForEvent(gsomia), selectedId: 'gsomia-extension' });
    expect(messages('?date=2019-13-45&event=gsomia-extension')).toEqual([
      `link-date: The date “2019-13-45” does not exist. Showing the event “${gsomia.title}” instead.`,
    ]);
  });

  it('falls back to the width the date implies for a bad span', () => {
    expect(open('?date=1965&span=-3y').view).toEqual(windowForDate(date('1965')));
    expect(messages('?date=1965&span=0d')).toEqual([
      'link-span: The span “0d” is not wider than nothing. Showing 1965 at its usual width instead.',
    ]);
  });

  it('does not use a span with nothing to centre on', () => {
    expect(open('?span=10y').view).toEqual(FULL_RANGE);
    expect(messages('?span=10y')).toEqual([
      'link-span: The span in the link has no date or event to centre on. Showing the whole timeline instead.',
    ]);
  });

  it.each(['nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])('selects nothing for the unknown event id %s', (id) => {
    const opened = open(`?event=${id}`);
    expect(opened).toMatchObject({ view: FULL_RANGE, selectedId: null });
    expect(messages(`?event=${id}`)).toEqual([`link-event: There is no event “${id}” in this timeline, so none is selected.`]);
  });

  it('still shows a good date when the event is unknown, and marks it', () => {
    expect(open('?date=2019-11&event=nope')).toMatchObject({ view: windowForDate(date('2019-11')), markedDate: date('2019-11') });
  });

  it('uses the first of repeated parameters and says so, once per parameter', () => {
    expect(open('?event=gsomia-extension&event=pact-1965').selectedId).toBe('gsomia-extension');
    expect(messages('?date=1965&date=2019&date=2020')).toEqual([
      'link-date-repeated: The link gives date 3 times; only the first, “1965”, is used.',
    ]);
  });

  it('quotes markup and script as text, shortened', () => {
    const script = '<img src=x onerror=alert(1)>';
    expect(messages(`?event=${encodeURIComponent(script)}`)).toEqual([
      `link-event: There is no event “${script}” in this timeline, so none is selected.`,
    ]);
  });

  it('says it in the page’s language, as one sentence', () => {
    const [notice] = open('?date=2019-13-45&event=gsomia-extension').notices;
    expect(notice?.text(koreanI18n)).toBe(`날짜 “2019-13-45”: 존재하지 않는 날짜입니다. 대신 사건 “${gsomia.title}”을(를) 표시합니다.`);
  });
});
