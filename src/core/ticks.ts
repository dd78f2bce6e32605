import { type CountableTimeInterval, type TimeInterval, utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import type { CalendarForm } from '../i18n/dateWords';
import { type ViewWindow, spanOf } from './viewWindow';
import { DAY } from '../model/duration';

/**
 * Axis ticks that adapt with zoom: decades → years → months → weeks → days, all in UTC. A level is
 * chosen when its ticks are far enough apart for their labels (`minPx`), so labels never overlap; the
 * finer levels carry a second tier that says which year or month the ticks belong to. Each level names
 * the calendar form its labels take ("2019", "Nov", "22 Nov", "22"); the axis writes them in the page's
 * language (`DateWords.calendar`): "2019년", "11月22日".
 */
export interface TickLevel {
  readonly name: string;
  readonly interval: TimeInterval;
  /** Roughly how long one step is, to judge the spacing. */
  readonly stepMs: number;
  readonly minPx: number;
  readonly form: CalendarForm;
  readonly context?: { readonly interval: CountableTimeInterval; readonly form: CalendarForm };
}
const YEAR = 365.25 * DAY;
const yearContext = { interval: utcYear, form: 'year' } as const;
const monthContext = { interval: utcMonth, form: 'monthYear' } as const;

const every = (interval: CountableTimeInterval, step: number): TimeInterval => interval.every(step) ?? interval;

/** Coarsest first. */
export const TICK_LEVELS: readonly TickLevel[] = [
  { name: '50 years', interval: every(utcYear, 50), stepMs: 50 * YEAR, minPx: 50, form: 'year' },
  { name: '20 years', interval: every(utcYear, 20), stepMs: 20 * YEAR, minPx: 50, form: 'year' },
  { name: 'decades', interval: every(utcYear, 10), stepMs: 10 * YEAR, minPx: 50, form: 'year' },
  { name: '5 years', interval: every(utcYear, 5), stepMs: 5 * YEAR, minPx: 50, form: 'year' },
  { name: '2 years', interval: every(utcYear, 2), stepMs: 2 * YEAR, minPx: 50, form: 'year' },
  { name: 'years', interval: utcYear, stepMs: YEAR, minPx: 50, form: 'year' },
  { name: 'quarters', interval: every(utcMonth, 3), stepMs: YEAR / 4, minPx: 40, form: 'shortMonth', context: yearContext },
  { name: 'months', interval: utcMonth, stepMs: YEAR / 12, minPx: 40, form: 'shortMonth', context: yearContext },
  { name: 'weeks', interval: utcMonday, stepMs: 7 * DAY, minPx: 56, form: 'dayShortMonth', context: monthContext },
  { name: 'days', interval: utcDay, stepMs: DAY, minPx: 28, form: 'day', context: monthContext },
];

/**
 * The room, px, that the widest label of a form needs in the page's language ("11월 25일" needs more than
 * "25 Nov"); a level's ticks stand at least that far apart, and never closer than its `minPx`.
 */
export type LabelRoom = (form: CalendarForm) => number;
const NO_ROOM: LabelRoom = () => 0;

/** The finest level whose ticks are far enough apart for their labels on a screen `width` px wide showing `view`. */
export function chooseTickLevel(view: ViewWindow, width: number, room: LabelRoom = NO_ROOM): TickLevel {
  const msPerPx = spanOf(view) / width;
  let chosen = TICK_LEVELS[0] as TickLevel;
  for (const level of TICK_LEVELS) if (level.stepMs / msPerPx >= Math.max(level.minPx, room(level.form))) chosen = level;
  return chosen;
}

/** A tick: where it stands, and the calendar form its label is written in. */
export interface Tick {
  readonly t: number;
  readonly form: CalendarForm;
}

export interface Ticks {
  readonly level: TickLevel;
  readonly ticks: readonly Tick[];
  /** The second tier: where each year or month begins, starting with the one in view at the left edge. */
  readonly context: readonly Tick[];
}

export function ticksFor(view: ViewWindow, width: number, room: LabelRoom = NO_ROOM): Ticks {
  const level = chooseTickLevel(view, width, room);
  const from = new Date(view.start);
  const to = new Date(view.end);
  const ticks = level.interval.range(from, to).map((d) => ({ t: d.getTime(), form: level.form }));
  const { context: tier } = level;
  const context = tier ? tier.interval.range(tier.interval.floor(from), to).map((d) => ({ t: d.getTime(), form: tier.form })) : [];
  return { level, ticks, context };
}
