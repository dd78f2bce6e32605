import { useShallow } from 'zustand/react/shallow';
import { linkFromSide, linksOf } from '../model/linkWords';
import type { EventLink, TimelineEvent } from '../model/types';
import { useAppStore } from '../store/useAppStore';
import { describePrinted } from './eventWords';

const NO_LINKS: readonly EventLink[] = [];

/**
 * "What the sources connect this to": each link the sources draw from the event to another, with the other
 * event (activating it selects that event and brings it into view), the kind in words and the quote.
 */
export function EventLinks({ event }: { readonly event: TimelineEvent }) {
  const goToEvent = useAppStore((s) => s.goToEvent);
  const { links, events, sources } = useAppStore(
    useShallow((s) => ({ links: s.dataset.links ?? NO_LINKS, events: s.dataset.events, sources: s.dataset.sources })),
  );
  const mine = linksOf(links, event.id);
  if (mine.length === 0) return null;
  return (
    <section className="event-links" aria-labelledby="event-links-heading">
      <h3 id="event-links-heading" className="citations-heading">
        What the sources connect this to
      </h3>
      <ul className="event-link-list">
        {mine.map((link, i) => {
          const { otherId, words } = linkFromSide(link, event.id);
          const other = events.find((e) => e.id === otherId);
          const source = sources.find((s) => s.id === link.sourceId);
          return (
            <li key={`${i}:${link.kind}:${otherId}`} className="event-link" data-relation={link.kind} data-related-event-id={otherId}>
              <p className="event-link-head">
                <span className="event-link-kind">{words}</span>{' '}
                {other ? (
                  <>
                    <button type="button" className="link-button" onClick={() => void goToEvent(other)}>
                      {other.title}
                    </button>
                    {/* On paper there is nothing to press: the other event is named as text. */}
                    <span className="event-link-printed">{other.title}</span>
                  </>
                ) : (
                  <span>{otherId}</span>
                )}
              </p>
              <p className="event-link-quote">
                <q>{link.quote}</q>
              </p>
              {source && (
                <p className="citation-meta event-link-source">
                  <cite>{source.headline}</cite> · {describePrinted(source)}
                </p>
              )}
              {link.note && <p className="event-link-note">{link.note}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
