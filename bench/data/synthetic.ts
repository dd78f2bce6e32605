import { DAY } from '../../src/model/duration';

/**
 * The benchmark's synthetic dataset: deterministic, and event i is the same whatever N is, so a run at
 * 1,000 events holds exactly the first 1,000 events of a run at 100,000.
 */

/** One event as the benchmark's JSON carries it (ISO calendar dates, `end` is the last day, inclusive). */
export interface BenchEvent {
  readonly id: string;
  readonly title: string;
  readonly type: 'point' | 'range';
  readonly start: string;
  readonly end?: string;
}

export interface BenchData {
  readonly range: { readonly start: string; readonly end: string };
  readonly events: readonly BenchEvent[];
}

export const BENCH_RANGE = { start: '1900-01-01', end: '2030-01-01' } as const;
export const DEFAULT_SEED = 20191122;

const FIRST_DAY = Date.UTC(1900, 0, 1) / DAY;
const END_DAY = Date.UTC(2030, 0, 1) / DAY; // exclusive
/** The longest period: three decades, as long as anything a newsroom archive dates. */
const MAX_PERIOD_YEARS = 30;
const LAST_YEAR = 2029;

const WORDS = [
  'accord',
  'summit',
  'strike',
  'census',
  'treaty',
  'tariff',
  'ruling',
  'protest',
  'visit',
  'election',
  'flood',
  'merger',
  'recall',
  'embargo',
  'talks',
  'audit',
  'launch',
  'reform',
  'verdict',
  'boycott',
] as const;

/** A 32-bit integer hash (murmur3's finaliser) mixing the seed and the event's index. */
export function hash32(seed: number, i: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a small seeded PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a day counted from 1970-01-01. */
export function isoOfDay(day: number): string {
  const d = new Date(day * DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// A million events fall on ~47,500 distinct days: format each day once.
const isoCache: string[] = [];
const isoOfRangeDay = (day: number): string => (isoCache[day - FIRST_DAY] ??= isoOfDay(day));

/**
 * Event i of the dataset for `seed`: 80% single days, 20% periods of whole calendar years, from one year
 * to the next up to 30 years later (log-uniform: as many short periods as decades-long ones). Periods are
 * whole years because the dataset's validator lets a date be only as precise as its source's words, and
 * the words that name a period in the articles are year spans ("1950-1962").
 */
export function syntheticEvent(seed: number, i: number): BenchEvent {
  const random = mulberry32(hash32(seed, i));
  const startDay = FIRST_DAY + Math.floor(random() * (END_DAY - FIRST_DAY));
  const title = `${WORDS[Math.floor(random() * WORDS.length)] ?? 'event'} ${i}`;
  const id = `e${i}`;
  if (random() >= 0.2) return { id, title, type: 'point', start: isoOfRangeDay(startDay) };
  // A period starting in the last year would have no later year to end in.
  const firstYear = Math.min(new Date(startDay * DAY).getUTCFullYear(), LAST_YEAR - 1);
  const years = Math.max(1, Math.round(Math.exp(random() * Math.log(MAX_PERIOD_YEARS))));
  const lastYear = Math.min(firstYear + years, LAST_YEAR);
  return { id, title, type: 'range', start: `${firstYear}-01-01`, end: `${lastYear}-12-31` };
}

export function syntheticData(n: number, seed = DEFAULT_SEED): BenchData {
  const events: BenchEvent[] = new Array<BenchEvent>(n);
  for (let i = 0; i < n; i++) events[i] = syntheticEvent(seed, i);
  return { range: BENCH_RANGE, events };
}
