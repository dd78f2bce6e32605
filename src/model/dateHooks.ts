import { hookDate } from './partialDate';
import type { TimelineEvent } from './types';

/** The test hooks of a mark or list entry, as `dataset` keys: `data-start`, `data-end`, `data-earliest`, `data-latest`, `data-ongoing`. */
export interface DateHooks {
  readonly start: string;
  readonly end?: string;
  readonly earliest?: string;
  readonly latest?: string;
  /** The day the period was last reported going on. */
  readonly ongoing?: string;
}

/** Dates at the event's own precision (a week as its first day); a bounded event starts at its earliest bound, or its latest. */
export function dateHooks(event: Pick<TimelineEvent, 'start' | 'end' | 'earliest' | 'latest' | 'ongoing'>): DateHooks {
  return {
    start: hookDate(event.start),
    ...(event.end && { end: hookDate(event.end) }),
    ...(event.earliest && { earliest: hookDate(event.earliest.date) }),
    ...(event.latest && { latest: hookDate(event.latest.date) }),
    ...(event.ongoing && { ongoing: hookDate(event.ongoing.reported) }),
  };
}

/** The same hooks as React attributes (`data-start`, …). */
export const dateHookAttributes = (event: Parameters<typeof dateHooks>[0]): Record<`data-${string}`, string> =>
  Object.fromEntries(Object.entries(dateHooks(event)).map(([key, value]) => [`data-${key}`, value]));
