import { DAY } from '../duration';
import { type DateSpan, type PartialDate, formatDateSpan, isoDay } from '../partialDate';
import type { Resolution } from './types';

/**
 * The date that date words name, as a citation's `dating.resolved` records it: the date itself, the start of a
 * period still going on ("since 2016": 2016), or the date a bound is drawn of ("by the end of this year": 2023).
 * Undefined where the words name none: a counted bound ("more than three years"), or words that cannot be placed.
 */
export function namedSpan(resolution: Resolution): DateSpan | undefined {
  switch (resolution.kind) {
    case 'date':
      return resolution.span;
    case 'ongoing':
      return { start: resolution.start };
    case 'bounds':
      return resolution.named;
    case 'not-placeable':
      return undefined;
  }
}

const firstDay = (date: PartialDate) => isoDay(date.start);
const lastDay = (date: PartialDate) => isoDay(date.end - DAY);

/**
 * A found date in one string: ISO at its precision (`2019`, `2019-11`, `2019-W49`, `2019-11-22`), a span
 * (`1910/1945`), an open end (`2018-10/..`), or bounds in EDTF (`[..2016-12]`, `[2018-10-01..2019-11-29]`);
 * null for words that cannot be placed.
 *
 * EDTF has no weeks, and a range inside a set takes the same precision at both ends, so bounds of different
 * precisions, or of weeks, are written as days. Written here rather than with src/model/edtf.ts, which writes an
 * event's bounds each at its own precision.
 */
export function foundDateCode(resolution: Resolution): string | null {
  switch (resolution.kind) {
    case 'date':
      return formatDateSpan(resolution.span);
    case 'ongoing':
      return `${resolution.start.iso}/..`;
    case 'bounds':
      return boundsCode(resolution.earliest, resolution.latest);
    case 'not-placeable':
      return null;
  }
}

function boundsCode(earliest: PartialDate | undefined, latest: PartialDate | undefined): string {
  const asDays =
    (earliest && latest && earliest.precision !== latest.precision) || earliest?.precision === 'week' || latest?.precision === 'week';
  const from = earliest ? (asDays ? firstDay(earliest) : earliest.iso) : '';
  const to = latest ? (asDays ? lastDay(latest) : latest.iso) : '';
  return `[${from}..${to}]`;
}
