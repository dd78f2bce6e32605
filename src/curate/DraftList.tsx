import { memo, useId, useMemo, useRef } from 'react';
import { entriesOfIds, useWindowedList } from '../panels/useWindowedList';
import { useCurateI18n } from './useCurateI18n';
import type { RelationKind } from '../model/types';
import { useChecked, useDispatch, useWorkbench, useWorkbenchList } from './context';

/**
 * One draft, read from the store by its place in the list: a key typed into its form renders this row and no
 * other. Its number of problems comes from the list, which the validator's run renders.
 */
const EventRow = memo(function EventRow({
  index,
  setSize,
  problemCount,
  open,
  tabStop,
  onOpen,
}: {
  index: number;
  /** The list's length: read out with the row's place even when few rows are rendered. */
  setSize: number;
  problemCount: number;
  open: boolean;
  /** The list's one Tab stop (useWindowedList). */
  tabStop: boolean;
  onOpen(id: string): void;
}) {
  const { t } = useCurateI18n();
  const event = useWorkbench((s) => s.history.present.events[index]);
  if (!event) return null;
  return (
    <li
      data-event-id={event.id}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      className={open ? 'curate-draft curate-draft-open' : 'curate-draft'}
    >
      <button type="button" tabIndex={tabStop ? 0 : -1} aria-current={open || undefined} onClick={() => onOpen(event.id)}>
        <span className="curate-draft-date">{event.start}</span> <span lang="en">{event.title || event.id}</span>
      </button>
      {problemCount > 0 && <span className="curate-badge">{t('curate.events.problems', { count: problemCount })}</span>}
    </li>
  );
});

/**
 * The draft events, each opening its form, with the number of problems each has; then the links between them. The
 * list follows the events' ids only: typing in a form changes no id, so the list does not render again, only the
 * row of the event typed in. A long list renders the rows near its scroll position, and is one keyboard stop with
 * the arrow keys through every row, as the reader's events list is (useWindowedList); the open event's row is
 * scrolled to.
 */
export const DraftList = memo(function DraftList({ openId, onOpen }: { openId: string | null; onOpen(id: string): void }) {
  const { t } = useCurateI18n();
  const ids = useWorkbenchList((s) => s.history.present.events.map((e) => e.id));
  const { byEvent } = useChecked();
  const listRef = useRef<HTMLOListElement>(null);
  const keysId = useId();
  const { tabStop, children, listProps } = useWindowedList(
    listRef,
    useMemo(() => entriesOfIds(ids), [ids]),
    openId,
  );
  const row = (i: number) => {
    const id = ids[i];
    return (
      id !== undefined && (
        // Two drafts may share an id until the curator renames one (the validator says so): the place tells them apart.
        <EventRow
          key={`${i}:${id}`}
          index={i}
          setSize={ids.length}
          problemCount={byEvent.get(id)?.length ?? 0}
          open={id === openId}
          tabStop={id === tabStop}
          onOpen={onOpen}
        />
      )
    );
  };
  return (
    <section className="curate-drafts" aria-labelledby="curate-drafts-heading">
      <h2 id="curate-drafts-heading">{t('curate.events.heading', { count: ids.length })}</h2>
      {ids.length === 0 ? (
        <p>{t('curate.events.none')}</p>
      ) : (
        <>
          <p id={keysId} className="curate-hint">
            {t('list.keys')}
          </p>
          <ol className="curate-draft-list" ref={listRef} aria-describedby={keysId} {...listProps}>
            {children(row)}
          </ol>
        </>
      )}
      <Relations />
    </section>
  );
});

/** The links between the drafts, each with its words and a way to remove it. */
function Relations() {
  const { t } = useCurateI18n();
  const dispatch = useDispatch();
  const relations = useWorkbench((s) => s.history.present.relations);
  // The linked events' ids and titles, one after the other: typing in another event's form leaves the links as they are.
  const titles = useWorkbenchList((s) => {
    if (s.history.present.relations.length === 0) return [];
    const linked = new Set(s.history.present.relations.flatMap((r) => [r.from, r.to]));
    return s.history.present.events.filter((e) => linked.has(e.id)).flatMap((e) => [e.id, e.title]);
  });
  if (relations.length === 0) return null;
  const titleOf = (id: string) => {
    const at = titles.findIndex((value, i) => i % 2 === 0 && value === id);
    return (at >= 0 && titles[at + 1]) || id;
  };
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
