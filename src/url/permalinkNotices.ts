import type { Notice } from '../store/store';
import type { TimelineEvent } from '../model/types';
import { FIRST_YEAR, LAST_YEAR, QUERY_MAX_LENGTH, type ViewParams, quoteValue } from './paramTable';
import type { ValueProblem } from './viewParams';

/** What the view shows instead of a value it could not use: the permalink's date, its event, or the whole timeline. */
type Shown = 'date' | 'event' | 'whole';

/**
 * The notice for a value the permalink holds that cannot be used: what was wrong and what is shown instead, as
 * one whole sentence of the catalogue (never glued from pieces, which other languages' word order breaks).
 */
export function noticeFor(problem: ValueProblem, params: ViewParams, event: TimelineEvent | undefined): Notice {
  const value = quoteValue(problem.value);
  if (problem.kind === 'repeated') {
    const count = problem.count;
    return { id: `link-${problem.param}-repeated`, text: ({ t }) => t('notice.repeated', { param: problem.param, count, value }) };
  }
  const id = `link-${problem.param}`;
  const title = event?.title ?? '';
  // A bad date leaves the event (or the whole timeline); a bad span leaves the date or the event at its usual width.
  const insteadOfDate: Shown = event ? 'event' : 'whole';
  const insteadOfSpan: Shown = params.date ? 'date' : event ? 'event' : 'whole';
  // Years as written, not as counts (no "1,900").
  const range = { first: String(FIRST_YEAR), last: String(LAST_YEAR) };
  switch (problem.param) {
    case 'date':
      if (problem.why === 'outside')
        return insteadOfDate === 'event'
          ? { id, text: ({ t }) => t('notice.date.outside.event', { value, event: title, ...range }) }
          : { id, text: ({ t }) => t('notice.date.outside.whole', { value, ...range }) };
      if (problem.why === 'missing')
        return insteadOfDate === 'event'
          ? { id, text: ({ t }) => t('notice.date.missing.event', { value, event: title }) }
          : { id, text: ({ t }) => t('notice.date.missing.whole', { value }) };
      return insteadOfDate === 'event'
        ? { id, text: ({ t }) => t('notice.date.shape.event', { value, event: title }) }
        : { id, text: ({ t }) => t('notice.date.shape.whole', { value }) };
    case 'span': {
      const date = params.date;
      if (problem.why === 'zero') {
        if (insteadOfSpan === 'date' && date)
          return { id, text: ({ t, dates }) => t('notice.span.zero.date', { value, date: dates.date(date) }) };
        if (insteadOfSpan === 'event') return { id, text: ({ t }) => t('notice.span.zero.event', { value, event: title }) };
        return { id, text: ({ t }) => t('notice.span.zero.whole', { value }) };
      }
      if (insteadOfSpan === 'date' && date)
        return { id, text: ({ t, dates }) => t('notice.span.shape.date', { value, date: dates.date(date) }) };
      if (insteadOfSpan === 'event') return { id, text: ({ t }) => t('notice.span.shape.event', { value, event: title }) };
      return { id, text: ({ t }) => t('notice.span.shape.whole', { value }) };
    }
    case 'lang':
      return { id, text: ({ t }) => t('notice.lang.unknown', { value }) };
    case 'event':
      // Any text reads as an id; an id that names no event is told by unknownEventNotice.
      return { id, text: ({ t }) => t('notice.event.unknown', { value }) };
    case 'q':
      // Only a search too long to use whole has a problem: its start is searched.
      return { id, text: ({ t }) => t('notice.q.long', { max: String(QUERY_MAX_LENGTH) }) };
  }
}

/** The notice for an event id that names no event of this timeline. */
export const unknownEventNotice = (id: string): Notice => ({
  id: 'link-event',
  text: ({ t }) => t('notice.event.unknown', { value: quoteValue(id) }),
});

/** The notice for a span with neither a date nor an event to centre on. */
export const loneSpanNotice: Notice = { id: 'link-span', text: ({ t }) => t('notice.span.alone') };
