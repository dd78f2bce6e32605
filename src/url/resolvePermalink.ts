import type { ViewWindow } from '../core/viewWindow';
import { describeDate } from '../model/describeDate';
import type { PartialDate } from '../model/partialDate';
import type { TimelineEvent } from '../model/types';
import { windowForParams } from './permalinkWindow';
import { PARAM_LIST, VIEW_PARAMS } from './paramTable';
import type { ParsedViewParams } from './viewParams';

/** What a permalink opens: the view, the selected event, the date to mark, and a notice per unusable value. */
export interface PermalinkView {
  readonly view: ViewWindow;
  readonly selectedId: string | null;
  /** The date to mark on the timeline, when the permalink names a date and no event. */
  readonly markedDate: PartialDate | null;
  readonly notices: readonly { readonly id: string; readonly message: string }[];
}

/**
 * Turns what a link says into what the app shows, checking the event id against the dataset (a Map, so
 * ids such as `__proto__` or `constructor` are just unknown ids). Each notice says which value could not
 * be used and what is shown instead.
 */
export function resolvePermalink(parsed: ParsedViewParams, events: ReadonlyMap<string, TimelineEvent>): PermalinkView {
  const { params } = parsed;
  const event = params.eventId === undefined ? undefined : events.get(params.eventId);
  const notices: { id: string; message: string }[] = [];

  const shown = params.date ? describeDate(params.date) : event ? `the event “${event.title}”` : 'the whole timeline';
  const context = { params, event, shown };
  for (const problem of parsed.problems) {
    const repeated = problem.kind === 'repeated';
    const id = `link-${problem.param}${repeated ? '-repeated' : ''}`;
    const after = repeated ? '' : VIEW_PARAMS[problem.param].instead(context);
    notices.push({ id, message: problem.message + after });
  }
  for (const [name, record] of PARAM_LIST) {
    const message = record.unknown?.(context);
    if (message !== undefined) notices.push({ id: `link-${name}`, message });
  }
  if (params.span !== undefined && !params.date && !event) {
    notices.push({
      id: 'link-span',
      message: 'The span in the link has no date or event to centre on. Showing the whole timeline instead.',
    });
  }

  return {
    view: windowForParams(params, event),
    selectedId: event ? event.id : null,
    markedDate: params.date && !event ? params.date : null,
    notices,
  };
}
