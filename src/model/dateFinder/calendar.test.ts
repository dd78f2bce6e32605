import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay } from '../partialDate';
import {
  dateAt,
  dayMs,
  lastDayOfUnit,
  nearestDay,
  nearestMonthYear,
  nearestWeekday,
  nthWeekMonday,
  shiftDay,
  weekdayOfWeek,
} from './calendar';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const FRIDAY = day('2019-11-29');
const [SUNDAY, MONDAY, THURSDAY, FRIDAY_WEEKDAY] = [0, 1, 4, 5];

describe('calendar conventions', () => {
  it('the nearest weekday counts the reference day itself, back or ahead', () => {
    expect(isoDay(nearestWeekday(FRIDAY, FRIDAY_WEEKDAY, 'past'))).toBe('2019-11-29');
    expect(isoDay(nearestWeekday(FRIDAY, THURSDAY, 'past'))).toBe('2019-11-28');
    expect(isoDay(nearestWeekday(FRIDAY, THURSDAY, 'future'))).toBe('2019-12-05');
  });

  it('weeks start on Monday, so Sunday is the last day of its week', () => {
    expect(isoDay(weekdayOfWeek(FRIDAY, -1, FRIDAY_WEEKDAY))).toBe('2019-11-22');
    expect(isoDay(weekdayOfWeek(day('2022-01-02'), 0, MONDAY))).toBe('2021-12-27');
    expect(isoDay(weekdayOfWeek(FRIDAY, 0, SUNDAY))).toBe('2019-12-01');
  });

  it('a month is in the reference year when it fits the direction, else the year before or after', () => {
    expect(nearestMonthYear(FRIDAY, 11, 'past')).toBe(2019);
    expect(nearestMonthYear(FRIDAY, 12, 'past')).toBe(2018);
    expect(nearestMonthYear(FRIDAY, 10, 'future')).toBe(2020);
  });

  it('29 February looks back to the last leap year', () => {
    expect(isoDay(nearestDay(day('2023-03-01'), 2, 29, 'past') ?? 0)).toBe('2020-02-29');
    expect(isoDay(nearestDay(day('2023-03-01'), 2, 29, 'future') ?? 0)).toBe('2024-02-29');
  });

  it('the nth week of a month starts on its nth Monday, and may not exist', () => {
    expect(isoDay(nthWeekMonday(2019, 12, 3) ?? 0)).toBe('2019-12-16');
    expect(nthWeekMonday(2019, 2, 5)).toBeUndefined();
  });

  it('shifting by months keeps the day within the month', () => {
    expect(isoDay(shiftDay(day('2024-03-31'), 'month', -1))).toBe('2024-02-29');
    expect(isoDay(shiftDay(day('2024-02-29'), 'year', -3))).toBe('2021-02-28');
    expect(isoDay(shiftDay(FRIDAY, 'week', -6))).toBe('2019-10-18');
  });

  it('the last day of a unit', () => {
    expect(isoDay(lastDayOfUnit(FRIDAY, 'week'))).toBe('2019-12-01');
    expect(isoDay(lastDayOfUnit(FRIDAY, 'month'))).toBe('2019-11-30');
  });

  it('a date outside the supported years is none, and 31 February is no day', () => {
    expect(dateAt(day('0999-12-31'), 'year')).toBeUndefined();
    expect(dateAt(day('2999-12-31'), 'day')?.iso).toBe('2999-12-31');
    expect(dayMs(2019, 2, 31)).toBeUndefined();
  });

  it('a shift back and forth by whole years returns to the day, except 29 February', () => {
    const days = fc.integer({ min: day('1900-01-01'), max: day('2100-12-31') }).map((ms) => ms - (ms % 864e5));
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 50 }), (ms, years) => {
        fc.pre(!isoDay(ms).endsWith('02-29'));
        expect(shiftDay(shiftDay(ms, 'year', -years), 'year', years)).toBe(ms);
      }),
    );
  });
});
