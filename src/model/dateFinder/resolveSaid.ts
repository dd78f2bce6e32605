import type { DateSpan, PartialDate, Precision } from '../partialDate';
import {
  dateAt,
  dayMs,
  lastDayOfUnit,
  nearestDay,
  nearestMonthYear,
  nearestWeekday,
  nthWeekMonday,
  shiftDay,
  startOfUnit,
  unitFromReference,
  weekdayOfWeek,
  yearOf,
} from './calendar';
import type { Said } from './said';
import type { Convention, Direction, NotPlaceableReason, Qualifier, Resolution } from './types';

/** A resolution and the convention that gave it; `direction` when the way the words were read decided it. */
export interface Resolved {
  readonly resolution: Resolution;
  readonly convention: Convention;
  readonly direction?: Direction;
  readonly qualifier?: Qualifier;
}

const notPlaceable = (why: NotPlaceableReason): Resolved => ({ resolution: { kind: 'not-placeable', why }, convention: 'none' });
const OUTSIDE = notPlaceable('outside-supported-years');

function dated(convention: Convention, start: PartialDate | undefined, end?: PartialDate, direction?: Direction): Resolved {
  if (!start) return OUTSIDE;
  const span: DateSpan = end ? { start, end } : { start };
  return { resolution: { kind: 'date', span }, convention, ...(direction && { direction }) };
}

const at = (ms: number | undefined, precision: Precision) => (ms === undefined ? undefined : dateAt(ms, precision));

/** The way words with no year or week of their own are read when the sentence says nothing: back, as reported. */
const DEFAULT_DIRECTION: Direction = 'past';

/**
 * Counts what the words say from the publication day (`ref`, a UTC midnight), by the finder's conventions.
 * `direction` is the sentence's tense where it has one; each form has its own reading without it.
 */
export function resolveSaid(said: Said, ref: number, direction: Direction | undefined): Resolved {
  const way = direction ?? DEFAULT_DIRECTION;
  switch (said.form) {
    case 'calendar':
      return resolveCalendar(said, ref, way);
    case 'weekday': {
      if (said.shift === 'none') {
        const convention = way === 'past' ? 'weekday-on-or-before' : 'weekday-on-or-after';
        return dated(convention, at(nearestWeekday(ref, said.weekday, way), 'day'), undefined, way);
      }
      const weeks = { last: -1, this: 0, next: 1 }[said.shift];
      const convention = ({ last: 'weekday-of-previous-week', this: 'weekday-of-this-week', next: 'weekday-of-next-week' } as const)[
        said.shift
      ];
      return dated(convention, at(weekdayOfWeek(ref, weeks, said.weekday), 'day'));
    }
    case 'relative':
      return dated(`relative-${said.unit}`, at(unitFromReference(ref, said.unit, said.offset), said.unit));
    case 'month-of-relative-year':
      return dated('month-of-relative-year', at(dayMs(yearOf(ref) + said.yearOffset, said.month, 1), 'month'));
    case 'nth-week-of-month': {
      // A week named by its place in a month is said of schedules: ahead, unless the sentence looks back.
      const ahead = direction ?? 'future';
      const monday = nthWeekMonday(nearestMonthYear(ref, said.month, ahead), said.month, said.nth);
      return monday === undefined ? notPlaceable('no-such-week') : dated('nth-week-of-month', at(monday, 'week'), undefined, ahead);
    }
    case 'counted':
      return resolveCount(said, ref);
    case 'part-of': {
      const named = at(startOfUnit(ref, said.unit), said.unit);
      const [from, to] = said.part === 'earlier' ? [startOfUnit(ref, said.unit), ref] : [ref, lastDayOfUnit(ref, said.unit)];
      const [earliest, latest] = [at(from, 'day'), at(to, 'day')];
      if (!named || !earliest || !latest) return OUTSIDE;
      const resolution: Resolution = { kind: 'bounds', earliest, latest, named: { start: named } };
      return { resolution, convention: `relative-${said.unit}`, qualifier: said.part === 'earlier' ? 'earlier-in' : 'later-in' };
    }
    case 'year-range': {
      if (said.to <= said.from) return notPlaceable('range-reversed');
      return dated('year-range', at(dayMs(said.from, 1, 1), 'year'), at(dayMs(said.to, 1, 1), 'year'));
    }
    case 'decade':
      return dated('decade', at(dayMs(said.first, 1, 1), 'year'), at(dayMs(said.first + 9, 1, 1), 'year'));
    case 'range':
      return resolveRange(said.from, said.to, ref, way);
    case 'unplaceable':
      return notPlaceable(said.why);
    case 'duration':
      return notPlaceable('counted-from-another-date');
  }
}

function resolveCalendar(said: Extract<Said, { form: 'calendar' }>, ref: number, way: Direction): Resolved {
  const { year, month, day } = said;
  if (month === undefined) return dated('as-written', year === undefined ? undefined : at(dayMs(year, 1, 1), 'year'));
  if (year !== undefined) return dated('as-written', at(dayMs(year, month, day ?? 1), day === undefined ? 'month' : 'day'));
  if (day === undefined) {
    const convention = way === 'past' ? 'month-on-or-before' : 'month-on-or-after';
    return dated(convention, at(dayMs(nearestMonthYear(ref, month, way), month, 1), 'month'), undefined, way);
  }
  const convention = way === 'past' ? 'day-on-or-before' : 'day-on-or-after';
  return dated(convention, at(nearestDay(ref, month, day, way), 'day'), undefined, way);
}

function resolveCount(said: Extract<Said, { form: 'counted' }>, ref: number): Resolved {
  const back = said.way !== 'ahead';
  const convention = back ? 'counted-back' : 'counted-ahead';
  const day = shiftDay(ref, said.unit, back ? -said.count : said.count);
  if (!said.moreThan) return dated(convention, at(day, said.unit));
  // "More than three years" back: on or before the day three years back; ahead: on or after it.
  const bound = at(day, 'day');
  if (!bound) return OUTSIDE;
  return { resolution: { kind: 'bounds', ...(back ? { latest: bound } : { earliest: bound }) }, convention, qualifier: 'more-than' };
}

/** Each end by its own convention; an end with no year of its own moves a year so that the span runs forward. */
function resolveRange(from: Said, to: Said, ref: number, way: Direction): Resolved {
  const first = resolveSaid(from, ref, way);
  const last = resolveSaid(to, ref, way);
  const start = spanOf(first)?.start;
  const end = spanOf(last);
  const endDate = end?.end ?? end?.start;
  if (!start || !endDate) return first.resolution.kind === 'not-placeable' ? first : last;
  if (endDate.start >= start.start) return dated('range', start, endDate, first.direction ?? last.direction);
  const yearless = (s: Said) => s.form === 'calendar' && s.year === undefined && s.month !== undefined;
  if (way === 'past' && yearless(from)) return resolveRange(shiftYear(from, start), to, ref, way);
  if (way === 'future' && yearless(to)) return resolveRange(from, shiftYear(to, endDate, 1), ref, way);
  return notPlaceable('range-reversed');
}

function shiftYear(said: Said, date: PartialDate, years = -1): Said {
  return said.form === 'calendar' ? { ...said, year: yearOf(date.start) + years } : said;
}

const spanOf = (r: Resolved): DateSpan | undefined => (r.resolution.kind === 'date' ? r.resolution.span : undefined);
