import { memo, useId, useMemo, useRef, useState } from 'react';
import { entriesOfIds, useWindowedList } from '../panels/useWindowedList';
import { useCurateI18n } from './useCurateI18n';
import type { DataProblem, RelationKind } from '../model/types';
import { OTHER_LANGUAGES } from './check';
import { useFieldProblems } from './fieldProblems';
import { fieldLabel } from './fieldLabel';
import { type DraftRelation, draftRelationKey } from './project';
import { EventOptions, RelationKindOptions } from './EventOptions';
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

/**
 * The field of a link's problem: its note (`note`), its note in another language (`note-ko`), or the link as a
 * whole (`relation`).
 */
function relationField(problem: DataProblem): string {
  const [first, language, part] = problem.path;
  if (first === 'translations' && part === 'relations') return `note-${String(language)}`;
  return first === 'note' ? 'note' : 'relation';
}

/** The problems of the link at `index` (`key` its relationKey): the validator's of its record, and of its words in other languages. */
const problemsOfRelation = (problems: readonly DataProblem[], index: number, key: string): DataProblem[] =>
  problems.filter((p) => p.relationIndex === index || (p.path[0] === 'translations' && p.path[2] === 'relations' && p.path[3] === key));

/**
 * A link: its words, its problems and a way to remove it; and, behind a disclosure (open when it has a note), its
 * note, and where it has one the note in each other language of the timeline, each changed as it is typed.
 */
function RelationEntry({
  relation,
  index,
  problems,
  titleOf,
}: {
  relation: DraftRelation;
  index: number;
  problems: readonly DataProblem[];
  /** An event's title, or undefined for an id that no draft has. */
  titleOf(id: string): string | undefined;
}) {
  const { t } = useCurateI18n();
  const dispatch = useDispatch();
  const { id, invalid, describedBy, lines } = useFieldProblems(problems, relationField);
  const [open, setOpen] = useState(relation.note !== undefined);
  const [editing, setEditing] = useState(false);
  const edit = (patch: Partial<Pick<DraftRelation, 'kind' | 'from' | 'to'>>) => dispatch({ type: 'edit-relation', index, patch });
  const end = (which: 'from' | 'to') => (
    <label>
      {t(which === 'from' ? 'curate.link.from' : 'curate.link.to')}{' '}
      <select className="curate-event-choice" value={relation[which]} onChange={(e) => edit({ [which]: e.target.value })}>
        {/* An end no draft has (its event renamed in a file): shown as it is, until the curator picks one. */}
        {titleOf(relation[which]) === undefined && <option value={relation[which]}>{relation[which]}</option>}
        <EventOptions />
      </select>
    </label>
  );
  const setNote = (note: string, language?: string) =>
    dispatch({ type: 'note-relation', index, note, ...(language !== undefined && { language }) });
  const noteProblems = problems.filter((p) => relationField(p) !== 'relation').length;
  const noteField = (field: string, language: string, value: string | undefined, onChange: (note: string) => void) => (
    <div className="curate-field" key={field}>
      <label htmlFor={`${id}-${field}`}>{fieldLabel(t, field)}</label>
      <textarea
        id={`${id}-${field}`}
        lang={language}
        rows={2}
        value={value ?? ''}
        aria-invalid={invalid(field)}
        aria-describedby={describedBy(field)}
        onChange={(e) => onChange(e.target.value)}
      />
      {lines(field)}
    </div>
  );
  return (
    <li data-relation={relation.kind} data-from={relation.from} data-to={relation.to}>
      <p className="curate-relation-line">
        {t('curate.relation.line', {
          from: titleOf(relation.from) ?? relation.from,
          relation: t(`relation.${relation.kind as RelationKind}.from`, { event: titleOf(relation.to) ?? relation.to }),
        })}{' '}
        <q lang="en">{relation.quote}</q>{' '}
        <button type="button" onClick={() => dispatch({ type: 'remove-relation', index })}>
          {t('curate.relation.remove')}
        </button>
      </p>
      {lines('relation')}
      <details className="curate-relation-edit" open={editing} onToggle={(e) => setEditing(e.currentTarget.open)}>
        <summary>{t('curate.relation.edit')}</summary>
        {/* Rendered once opened: every link's own list of a thousand events would be a page of options. */}
        {editing && (
          <div className="curate-relation-fields">
            {end('from')}
            <label>
              {t('curate.link.kind')}{' '}
              <select value={relation.kind} onChange={(e) => edit({ kind: e.target.value as RelationKind })}>
                <RelationKindOptions />
              </select>
            </label>
            {end('to')}
            <button type="button" onClick={() => edit({ from: relation.to, to: relation.from })}>
              {t('curate.relation.swap')}
            </button>
          </div>
        )}
      </details>
      <details className="curate-relation-note" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {t('curate.relation.notes')}
          {noteProblems > 0 && <span className="curate-badge">{t('curate.events.problems', { count: noteProblems })}</span>}
        </summary>
        {noteField('note', 'en', relation.note, (note) => setNote(note))}
        {relation.note !== undefined &&
          OTHER_LANGUAGES.map((language) =>
            noteField(`note-${language}`, language, relation.translatedNotes?.[language], (note) => setNote(note, language)),
          )}
      </details>
    </li>
  );
}

/** The links between the drafts, each with its words, its kind and ends to change, its note in every language and a way to remove it. */
function Relations() {
  const { t } = useCurateI18n();
  const relations = useWorkbench((s) => s.history.present.relations);
  const { problems } = useChecked();
  // The linked events' ids and titles, one after the other: typing in another event's form leaves the links as they are.
  const titles = useWorkbenchList((s) => {
    if (s.history.present.relations.length === 0) return [];
    const linked = new Set(s.history.present.relations.flatMap((r) => [r.from, r.to]));
    return s.history.present.events.filter((e) => linked.has(e.id)).flatMap((e) => [e.id, e.title]);
  });
  if (relations.length === 0) return null;
  const titleOf = (id: string): string | undefined => {
    const at = titles.findIndex((value, i) => i % 2 === 0 && value === id);
    return at < 0 ? undefined : titles[at + 1] || id;
  };
  return (
    <>
      <h3>{t('curate.relations.heading', { count: relations.length })}</h3>
      <ul className="curate-relations">
        {relations.map((r, i) => (
          // Keyed by what an edit leaves as it is (its place, source and words), so that changing its kind or ends
          // keeps the entry, its open disclosures and the focus.
          <RelationEntry
            key={`${i}:${r.source}:${r.quote}`}
            relation={r}
            index={i}
            problems={problemsOfRelation(problems, i, draftRelationKey(r))}
            titleOf={titleOf}
          />
        ))}
      </ul>
    </>
  );
}
