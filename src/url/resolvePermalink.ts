import type { ViewWindow } from '../core/viewWindow';
import { describeDate } from '../model/describeDate';
import type { PartialDate } from '../model/partialDate';
import type { TimelineEvent } from '../model/types';
import { windowForParams } from './linkedView';
import { PARAM_LIST, VIEW_PARAMS } from './paramTable';
import type { ParsedViewParams } from './viewParams';

/** What a link opens: the view, the selected event, the date to mark, and a notice per unusable value. */
export interface LinkedView {
  readonly view: ViewWindow;
  readonly selectedId: string | null;
  /** The linked date, marked on the timeline when the link names a date and no event. */
  readonly linkedDate: PartialDate | null;
  readonly notices: readonly { readonly id: string; readonly message: string }[];
}

/**
 * Turns what a link says into what the app shows, checking the event id against the dataset (a Map, so
 * ids such as `__proto__` or `constructor` are just unknown ids). Each notice says which value could not
 * be used and what is shown instead.
 */
export function resolveViewLink(parsed: ParsedViewParams, events: ReadonlyMap<string, TimelineEvent>): LinkedView {
  const { params } = parsed;
  const event = params.eventId === undefined ? undefined : events.get(params.eventId);
  const notices: { id: string; message: string }[] = [];

  const shown = params.date ? describeDate(params.date) : event ? `the event “${event.title}”` : 'the whole timeline';
  const link = { params, event, shown };
  for (const problem of parsed.problems) {
    const repeated = problem.kind === 'repeated';
    const id = `link-${problem.param}${repeated ? '-repeated' : ''}`;
    const after = repeated ? '' : VIEW_PARAMS[problem.param].instead(link);
    notices.push({ id, message: problem.message + after });
  }
  for (const [name, record] of PARAM_LIST) {
    const message = record.unknown?.(link);
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
    linkedDate: params.date && !event ? params.date : null,
    notices,
  };
}
