import { describe, expect, it } from 'vitest';
import { calendarDay, checkEvents } from './contract';

describe('the data file contract', () => {
  it('reads a date-time as its UTC calendar day, and an ISO date as it is', () => {
    expect(calendarDay('1965-06-22')).toBe('1965-06-22');
    expect(calendarDay('1965-06-22T23:30:00Z')).toBe('1965-06-22');
    expect(calendarDay('1965-06-22T23:30:00-05:00')).toBe('1965-06-23');
    expect(calendarDay('22 June 1965')).toBeNull();
    expect(calendarDay(19650622)).toBeNull();
  });

  it('accepts ids as strings or numbers, and dates as dates or date-times', () => {
    const events = checkEvents({
      events: [
        { id: 7, title: 'treaty 7', type: 'point', start: '1965-06-22T09:00:00.000Z' },
        { id: 'e8', title: 'talks 8', type: 'range', start: '1950-01-01', end: '1962-12-31T00:00:00Z' },
      ],
    });
    expect(events).toEqual([
      { id: '7', title: 'treaty 7', type: 'point', start: '1965-06-22' },
      { id: 'e8', title: 'talks 8', type: 'range', start: '1950-01-01', end: '1962-12-31' },
    ]);
  });

  it('refuses an event without an id or a readable start, saying which', () => {
    expect(() =>
      checkEvents({
        events: [
          { id: 'a', type: 'point', start: '1965-06-22' },
          { type: 'point', start: '1965' },
        ],
      }),
    ).toThrow(/event 1 of the data file/);
    expect(() => checkEvents({ events: [{ id: 'a', type: 'point', start: 'June 1965' }] })).toThrow(/event 0 of the data file/);
    expect(() => checkEvents({})).toThrow('the data file has no "events" array');
  });
});
