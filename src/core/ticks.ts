import { type CountableTimeInterval, type TimeInterval, utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { dayShortMonthWords, dayWords, monthYearWords, shortMonthWords, yearWords } from '../model/calendarWords';
import { type ViewWindow, spanOf } from './viewWindow';
import { DAY } from '../model/duration';

/**
 * Axis ticks that adapt with zoom: decades → years → months → weeks → days, all in UTC. A level is
 * chosen when its ticks are far enough apart for their labels (`minPx`), so labels never overlap; the
 * finer levels carry a second tier that says which year or month the ticks belong to.
 */
export interface TickLevel {
  readonly name: string;
  readonly interval: TimeInterval;
  /** Roughly how long one step is, to judge the spacing. */
  readonly stepMs: number;
  readonly minPx: number;
  readonly format: (date: Date) => string;
  readonly context?: { readonly interval: CountableTimeInterval; readonly format: (date: Date) => string };
}
const YEAR = 365.25 * DAY;
const yearLabel = yearWords;
const yearContext = { interval: utcYear, format: yearLabel };
const monthContext = { interval: utcMonth, format: monthYearWords };

const every = (interval: CountableTimeInterval, step: number): TimeInterval => interval.every(step) ?? interval;

/** Coarsest first. */
export const TICK_LEVELS: readonly TickLevel[] = [
  { name: '50 years', interval: every(utcYear, 50), stepMs: 50 * YEAR, minPx: 50, format: yearLabel },
  { name: '20 years', interval: every(utcYear, 20), stepMs: 20 * YEAR, minPx: 50, format: yearLabel },
  { name: 'decades', interval: every(utcYear, 10), stepMs: 10 * YEAR, minPx: 50, format: yearLabel },
  { name: '5 years', interval: every(utcYear, 5), stepMs: 5 * YEAR, minPx: 50, format: yearLabel },
  { name: '2 years', interval: every(utcYear, 2), stepMs: 2 * YEAR, minPx: 50, format: yearLabel },
  { name: 'years', interval: utcYear, stepMs: YEAR, minPx: 50, format: yearLabel },
  { name: 'quarters', interval: every(utcMonth, 3), stepMs: YEAR / 4, minPx: 40, format: shortMonthWords, context: yearContext },
  { name: 'months', interval: utcMonth, stepMs: YEAR / 12, minPx: 40, format: shortMonthWords, context: yearContext },
  { name: 'weeks', interval: utcMonday, stepMs: 7 * DAY, minPx: 56, format: dayShortMonthWords, context: monthContext },
  { name: 'days', interval: utcDay, stepMs: DAY, minPx: 28, format: dayWords, context: monthContext },
];

/** The finest level whose ticks are at least its `minPx` apart on a screen `width` px wide showing `view`. */
export function chooseTickLevel(view: ViewWindow, width: number): TickLevel {
  const msPerPx = spanOf(view) / width;
  let chosen = TICK_LEVELS[0] as TickLevel;
  for (const level of TICK_LEVELS) if (level.stepMs / msPerPx >= level.minPx) chosen = level;
  return chosen;
}

export interface Tick {
  readonly t: number;
  readonly label: string;
}

export interface Ticks {
  readonly level: TickLevel;
  readonly ticks: readonly Tick[];
  /** The second tier: where each year or month begins, starting with the one in view at the left edge. */
  readonly context: readonly Tick[];
}

export function ticksFor(view: ViewWindow, width: number): Ticks {
  const level = chooseTickLevel(view, width);
  const from = new Date(view.start);
  const to = new Date(view.end);
  const ticks = level.interval.range(from, to).map((d) => ({ t: d.getTime(), label: level.format(d) }));
  const context = level.context
    ? level.context.interval
        .range(level.context.interval.floor(from), to)
        .map((d) => ({ t: d.getTime(), label: level.context?.format(d) ?? '' }))
    : [];
  return { level, ticks, context };
}
