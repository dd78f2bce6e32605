import { Suspense, lazy, memo } from 'react';
import { useI18n } from '../i18n/useI18n';
import { dateHookAttributes } from '../model/dateHooks';
import type { TimelineEvent } from '../model/types';
import { inWindow } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { describeSourceCount } from './eventWords';

// Marking what a search found comes with the search (its code is loaded when a reader first searches).
const MatchedTitle = lazy(() => import('./EntryMatches').then((m) => ({ default: m.MatchedTitle })));
const MatchSnippet = lazy(() => import('./EntryMatches').then((m) => ({ default: m.MatchSnippet })));

/**
 * The room of the entries not rendered, so the scroll bar and the offsets stay true. An element, not the
 * list's padding: padding would add to the list's capped height instead of scrolling inside it.
 */
export function Spacer({ height }: { readonly height: number }) {
  return height > 0 ? <li className="events-spacer" aria-hidden="true" style={{ height }} /> : null;
}

interface EntryProps {
  readonly event: TimelineEvent;
  /** 1-based place in the whole list, and the list's length: read out even when few entries are rendered. */
  readonly position: number;
  readonly setSize: number;
  readonly selected: boolean;
  readonly tabStop: boolean;
  readonly showInView: boolean;
  /** The terms a search looked for, to mark in the entry; none when there is no search. */
  readonly terms: readonly string[];
}

export const EventEntry = memo(function EventEntry({ event, position, setSize, selected, tabStop, showInView, terms }: EntryProps) {
  // Each entry follows the view on its own: a zoom frame costs one comparison per rendered entry.
  const inView = useAppStore((s) => inWindow(event, s.view));
  const goToEvent = useAppStore((s) => s.goToEvent);
  const i18n = useI18n();
  return (
    <li
      className="event-entry"
      data-event-id={event.id}
      {...dateHookAttributes(event)}
      aria-setsize={setSize}
      aria-posinset={position}
      {...(inView && { 'data-in-view': '' })}
      {...(showInView && { 'data-marks-view': '' })}
    >
      <button
        type="button"
        className="event-button"
        tabIndex={tabStop ? 0 : -1}
        aria-current={selected ? 'true' : undefined}
        onClick={() => void goToEvent(event)}
      >
        {/* The hidden punctuation keeps the parts apart when the button's name is read out as one line; the name is
            the entry's text, so it begins with what the entry shows. */}
        <span className="event-date">{i18n.dates.eventDate(event)}</span>
        <span className="visually-hidden">: </span>
        <span className="event-title">
          {terms.length > 0 ? (
            <Suspense fallback={event.title}>
              <MatchedTitle title={event.title} terms={terms} />
            </Suspense>
          ) : (
            event.title
          )}
        </span>
        {terms.length > 0 && (
          <Suspense fallback={null}>
            <MatchSnippet event={event} terms={terms} />
          </Suspense>
        )}
        <span className="visually-hidden">. </span>
        <span className="event-meta">
          <span className={`status status-${event.status}`}>{i18n.data.statuses[event.status].label}</span>
          <span> · {describeSourceCount(i18n, event.citations)}</span>
          {inView && showInView && <span className="in-view"> · {i18n.t('list.entryInView')}</span>}
        </span>
      </button>
    </li>
  );
});
