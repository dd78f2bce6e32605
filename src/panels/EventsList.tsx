import { describeSpan } from '../model/describeDate';
import { hookDate } from '../model/partialDate';
import type { Source, TimelineEvent } from '../model/types';
import { selectVisibleEvents } from '../store/selectors';
import { useAppStore } from '../store/store';

/** Every event in date order, with its date as the sources support it and its quotes. */
export function EventsList() {
  const events = useAppStore(selectVisibleEvents);
  const sources = useAppStore((s) => s.dataset.sources);
  return (
    <section className="events-list" aria-labelledby="events-heading">
      <h2 id="events-heading">Events</h2>
      <ol>
        {events.map((event) => (
          <EventEntry key={event.id} event={event} sources={sources} />
        ))}
      </ol>
    </section>
  );
}

function EventEntry({ event, sources }: { event: TimelineEvent; sources: readonly Source[] }) {
  return (
    <li
      className="event-entry"
      data-event-id={event.id}
      data-start={hookDate(event.start)}
      {...(event.end && { 'data-end': hookDate(event.end) })}
    >
      <p className="event-date">{describeSpan(event)}</p>
      <h3 className="event-title">{event.title}</h3>
      <ul className="citations">
        {event.citations.map((c) => (
          <li key={`${c.sourceId}:${c.quote}`}>
            <blockquote>{c.quote}</blockquote>
            <cite>{sources.find((s) => s.id === c.sourceId)?.headline}</cite>
          </li>
        ))}
      </ul>
    </li>
  );
}
