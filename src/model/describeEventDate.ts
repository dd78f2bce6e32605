import { PRECISION_WORDS, describeDate } from './describeDate';
import type { PartialDate } from './partialDate';
import type { TimelineEvent } from './types';

type Dated = Pick<TimelineEvent, 'start' | 'end' | 'earliest' | 'latest' | 'ongoing'>;

/** "29 November 2019" stands alone after "on"; "December 2016" and "2016" after "in". */
const on = (date: PartialDate): string =>
  date.precision === 'day' || date.precision === 'week' ? `on ${describeDate(date)}` : `in ${describeDate(date)}`;

/**
 * An event's date in words, claiming no more than the sources: "22 November 2019", "1910 – 1945",
 * "some time between October 2018 and 29 November 2019", "on or before December 2016" ("in 2023 or before"),
 * "from October 2018, still going on when reported on 29 November 2019".
 */
export function describeEventDate(event: Dated): string {
  const { earliest, latest, ongoing } = event;
  if (earliest && latest) {
    // "between 8 September 2023 and 2023" says nothing; the year or month that holds the earliest bound ends the span.
    const last = latest.date.start <= earliest.date.start ? `the end of ${describeDate(latest.date)}` : describeDate(latest.date);
    return `some time between ${describeDate(earliest.date)} and ${last}`;
  }
  if (latest) return latest.date.precision === 'day' ? `on or before ${describeDate(latest.date)}` : `${on(latest.date)} or before`;
  if (earliest) return earliest.date.precision === 'day' ? `on or after ${describeDate(earliest.date)}` : `${on(earliest.date)} or after`;
  if (ongoing) return `from ${describeDate(event.start)}, still going on when reported on ${describeDate(ongoing.reported)}`;
  return event.end ? `${describeDate(event.start)} – ${describeDate(event.end)}` : describeDate(event.start);
}

/** How precisely the date is known, in a few words: "known to the month", "known only by bounds". */
export function describeEventPrecision(event: Dated): string {
  if (event.earliest || event.latest) return 'known only by bounds';
  if (event.ongoing) return `start ${PRECISION_WORDS[event.start.precision]}, no end yet`;
  return PRECISION_WORDS[event.start.precision];
}
