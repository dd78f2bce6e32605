import { type ParsedResult, parse } from 'chrono-node/en';
import type { Marked } from './agreement';

/**
 * chrono-node used alone, as the benchmark's peer: `parse` with the publication day as reference (its noon,
 * local time, so that every time zone reads the same day), each result written at the precision of the
 * components chrono knows rather than implies: a day (or a weekday) to the day, a month to the month, a year
 * to the year; chrono supplies the parts the words leave out. It has no weeks, bounds or open ends.
 */
export function chronoAlone(text: string, published: string): Marked[] {
  const [year = 0, month = 1, day = 1] = published.split('-').map(Number);
  return parse(text, new Date(year, month - 1, day, 12)).map((result) => {
    const start = atKnownPrecision(result.start);
    return {
      start: result.index,
      end: result.index + result.text.length,
      date: result.end ? `${start}/${atKnownPrecision(result.end)}` : start,
    };
  });
}

const pad = (n: number | null, width: number) => String(n ?? 0).padStart(width, '0');

function atKnownPrecision(parts: ParsedResult['start']): string {
  const [y, m, d] = [pad(parts.get('year'), 4), pad(parts.get('month'), 2), pad(parts.get('day'), 2)];
  if (parts.isCertain('day') || parts.isCertain('weekday')) return `${y}-${m}-${d}`;
  if (parts.isCertain('month')) return `${y}-${m}`;
  if (parts.isCertain('year')) return y;
  return `${y}-${m}-${d}`;
}
