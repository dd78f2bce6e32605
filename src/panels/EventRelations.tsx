import { useShallow } from 'zustand/react/shallow';
import { useFullI18n } from '../i18n/useI18n';
import { otherEnd, relationsOf } from '../model/relations';
import type { Relation, TimelineEvent } from '../model/types';
import { useAppStore } from '../store/useAppStore';
import { describePrinted } from './eventWords';
import { richMessage } from './richMessage';

const NO_LINKS: readonly Relation[] = [];

/**
 * "What the sources connect this to": each relation the sources draw from the event to another, with the other
 * event (activating it selects that event and brings it into view), the kind in words (a sentence of the page's
 * language around the other event) and the quote, in the source's English.
 */
export function EventRelations({ event }: { readonly event: TimelineEvent }) {
  const goToEvent = useAppStore((s) => s.goToEvent);
  const { t } = useFullI18n();
  const { relations, events, sources } = useAppStore(
    useShallow((s) => ({ relations: s.dataset.relations ?? NO_LINKS, events: s.dataset.events, sources: s.dataset.sources })),
  );
  const mine = relationsOf(relations, event.id);
  if (mine.length === 0) return null;
  return (
    <section className="event-links" aria-labelledby="event-links-heading">
      <h3 id="event-links-heading" className="citations-heading">
        {t('relations.heading')}
      </h3>
      <ul className="event-link-list">
        {mine.map((relation, i) => {
          const { otherId, side } = otherEnd(relation, event.id);
          const other = events.find((e) => e.id === otherId);
          const source = sources.find((s) => s.id === relation.sourceId);
          const otherEvent = other ? (
            <span className="event-link-other">
              <button type="button" className="link-button" onClick={() => void goToEvent(other)}>
                {other.title}
              </button>
              {/* On paper there is nothing to press: the other event is named as text. */}
              <span className="event-link-printed">{other.title}</span>
            </span>
          ) : (
            <span>{otherId}</span>
          );
          return (
            <li
              key={`${i}:${relation.kind}:${otherId}`}
              className="event-link"
              data-relation={relation.kind}
              data-related-event-id={otherId}
            >
              <p className="event-link-head">
                <span className="event-link-kind">{richMessage(t, `relation.${relation.kind}.${side}`, { event: otherEvent })}</span>
              </p>
              <p className="event-link-quote">
                <q lang="en">{relation.quote}</q>
              </p>
              {source && (
                <p className="citation-meta event-link-source" lang="en">
                  <cite>{source.headline}</cite> · {describePrinted(source)}
                </p>
              )}
              {relation.note && <p className="event-link-note">{relation.note}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
