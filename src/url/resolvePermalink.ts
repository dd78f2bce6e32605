import type { ViewWindow } from '../core/viewWindow';
import type { Language } from '../i18n/languages';
import type { PartialDate } from '../model/partialDate';
import type { TimelineEvent } from '../model/types';
import type { Notice } from '../store/store';
import { loneSpanNotice, noticeFor, unknownEventNotice } from './permalinkNotices';
import { windowForParams } from './permalinkWindow';
import type { ParsedViewParams } from './viewParams';

/** What a permalink opens: the view, the selected event, the date to mark, and a notice per unusable value. */
export interface PermalinkView {
  readonly view: ViewWindow;
  readonly selectedId: string | null;
  /** The date to mark on the timeline, when the permalink names a date and no event. */
  readonly markedDate: PartialDate | null;
  /** The language the permalink asks for, if it names one this timeline speaks. */
  readonly lang: Language | null;
  /** The search the permalink holds ('' for none). */
  readonly query: string;
  readonly notices: readonly Notice[];
}

/** How a permalink finds the event it names: a Map's `get`, so ids such as `__proto__` are just unknown ids. */
export type EventsById = Pick<ReadonlyMap<string, TimelineEvent>, 'get'>;

/**
 * Turns what a permalink says into what the app shows, checking the event id against the dataset. Each notice
 * says which value could not be used and what is shown instead.
 */
export function resolvePermalink(parsed: ParsedViewParams, events: EventsById): PermalinkView {
  const { params } = parsed;
  const event = params.eventId === undefined ? undefined : events.get(params.eventId);
  const notices = parsed.problems.map((problem) => noticeFor(problem, params, event));
  if (params.eventId !== undefined && !event) notices.push(unknownEventNotice(params.eventId));
  if (params.span !== undefined && !params.date && !event) notices.push(loneSpanNotice);
  return {
    view: windowForParams(params, event),
    selectedId: event ? event.id : null,
    markedDate: params.date && !event ? params.date : null,
    lang: params.lang ?? null,
    query: params.query ?? '',
    notices,
  };
}
