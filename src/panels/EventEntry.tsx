import { memo } from 'react';
import { dateHookAttributes } from '../model/dateHooks';
import { describeEventDate } from '../model/describeEventDate';
import type { TimelineEvent } from '../model/types';
import { inWindow } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { STATUS_WORDS } from '../model/statusWords';
import { describeSourceCount } from './eventWords';

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
}

export const EventEntry = memo(function EventEntry({ event, position, setSize, selected, tabStop, showInView }: EntryProps) {
  // Each entry follows the view on its own: a zoom frame costs one comparison per rendered entry.
  const inView = useAppStore((s) => inWindow(event, s.view));
  const goToEvent = useAppStore((s) => s.goToEvent);
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
        {/* The hidden punctuation keeps the parts apart when the button's name is read out as one line. */}
        <span className="event-date">{describeEventDate(event)}</span>
        <span className="visually-hidden">: </span>
        <span className="event-title">{event.title}</span>
        <span className="visually-hidden">. </span>
        <span className="event-meta">
          <span className={`status status-${event.status}`}>{STATUS_WORDS[event.status].label}</span>
          <span> · {describeSourceCount(event.citations)}</span>
          {inView && showInView && <span className="in-view"> · in view</span>}
        </span>
      </button>
    </li>
  );
});
