import { memo, useDeferredValue } from 'react';
import { useCurateI18n } from './useCurateI18n';
import type { RawEvent, RawRelation } from '../model/schema';
import type { RelationKind } from '../model/types';
import { useChecked, useDispatch, useProject } from './context';

const EventRow = memo(function EventRow({
  event,
  problemCount,
  open,
  onOpen,
}: {
  event: RawEvent;
  problemCount: number;
  open: boolean;
  onOpen(id: string): void;
}) {
  const { t } = useCurateI18n();
  return (
    <li data-event-id={event.id} className={open ? 'curate-draft curate-draft-open' : 'curate-draft'}>
      <button type="button" aria-current={open || undefined} onClick={() => onOpen(event.id)}>
        <span className="curate-draft-date">{event.start}</span> <span lang="en">{event.title || event.id}</span>
      </button>
      {problemCount > 0 && <span className="curate-badge">{t('curate.events.problems', { count: problemCount })}</span>}
    </li>
  );
});

/** The draft events, each opening its form, with the number of problems each has; then the links between them. */
export function DraftList({ openId, onOpen }: { openId: string | null; onOpen(id: string): void }) {
  const { t } = useCurateI18n();
  // A moment behind the form, so that typing and new events answer at once with a thousand drafts.
  const project = useDeferredValue(useProject());
  const { byEvent } = useChecked();
  return (
    <section className="curate-drafts" aria-labelledby="curate-drafts-heading">
      <h2 id="curate-drafts-heading">{t('curate.events.heading', { count: project.events.length })}</h2>
      {project.events.length === 0 ? (
        <p>{t('curate.events.none')}</p>
      ) : (
        <ol className="curate-draft-list">
          {project.events.map((e, i) => (
            <EventRow key={`${i}:${e.id}`} event={e} problemCount={byEvent.get(e.id)?.length ?? 0} open={e.id === openId} onOpen={onOpen} />
          ))}
        </ol>
      )}
      <Relations relations={project.relations} events={project.events} />
    </section>
  );
}

function Relations({ relations, events }: { relations: readonly RawRelation[]; events: readonly RawEvent[] }) {
  const { t } = useCurateI18n();
  const dispatch = useDispatch();
  if (relations.length === 0) return null;
  const titleOf = (id: string) => events.find((e) => e.id === id)?.title || id;
  return (
    <>
      <h3>{t('curate.relations.heading', { count: relations.length })}</h3>
      <ul className="curate-relations">
        {relations.map((r, i) => (
          <li key={i} data-relation={r.kind} data-from={r.from} data-to={r.to}>
            {t('curate.relation.line', {
              from: titleOf(r.from),
              relation: t(`relation.${r.kind as RelationKind}.from`, { event: titleOf(r.to) }),
            })}{' '}
            <q lang="en">{r.quote}</q>{' '}
            <button type="button" onClick={() => dispatch({ type: 'remove-relation', index: i })}>
              {t('curate.relation.remove')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
