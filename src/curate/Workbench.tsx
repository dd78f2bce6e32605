import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useCurateI18n } from './useCurateI18n';
import type { RelationKind } from '../model/types';
import { CheckedContext, useDispatch, useWorkbench, useWorkbenchApi, useWorkbenchList } from './context';
import { DraftList } from './DraftList';
import { EventOptions, RelationKindOptions } from './EventOptions';
import { ProblemList } from './ProblemList';
import { useChecking } from './useChecking';
import { EventForm, type FormOrigin } from './EventForm';
import { ExportImport } from './ExportImport';
import { type Passage, markedDates, prefillFor, slugFor } from './prefill';
import { Preview } from './Preview';
import { orphanedBy } from './project';
import { SourceForm } from './SourceForm';
import { FoundDates, type SelectionReport, SourceText } from './SourceText';
import { useProjectStorage } from './useProjectStorage';

const NO_EVENTS: readonly never[] = [];

/** The curation workbench: sources in, their dates found, passages made into events, citations and links, checked as they go. */
export function Workbench() {
  const i18n = useCurateI18n();
  const { t } = i18n;
  const dispatch = useDispatch();
  const store = useWorkbenchApi();
  // What the page itself shows of the project: its sources, and whether it has events enough to cite or link. A key
  // typed in an event's form changes none of these: the form and the event's row in the list show it.
  const sources = useWorkbench((s) => s.history.present.sources);
  const eventCount = useWorkbench((s) => s.history.present.events.length);
  const canUndo = useWorkbench((s) => s.history.past.length > 0);
  const canRedo = useWorkbench((s) => s.history.future.length > 0);
  const checked = useChecking(store);
  const storage = useProjectStorage();
  const [openSourceId, setOpenSourceId] = useState<string | null>(null);
  const [selection, setSelection] = useState<SelectionReport>(null);
  const [lastPassage, setLastPassage] = useState<Passage | null>(null);
  const [openEventId, setOpenEventId] = useState<string | null>(null);
  const [origins, setOrigins] = useState<ReadonlyMap<string, FormOrigin>>(new Map());
  const [message, setMessage] = useState('');
  const [removing, setRemoving] = useState<string | null>(null);
  const [showProblems, setShowProblems] = useState(false);
  const ids = useId();

  const source = sources.find((s) => s.id === openSourceId) ?? sources[0];
  const corrections = useWorkbench((s) => (source ? s.history.present.corrections[source.id] : undefined));
  /** The project as it is now, for an action: read when it is taken, not a render's subscription. */
  const present = () => store.getState().history.present;
  const marked = useMemo(() => (source ? markedDates(source, corrections) : []), [source, corrections]);

  const onSelection = useCallback((report: SelectionReport) => {
    setSelection(report);
    if (report && 'passage' in report) setLastPassage(report.passage);
    else if (report === null) setLastPassage(null);
  }, []);

  // Undo and redo from the keyboard, anywhere but the form that adds a source (its fields are not the project's yet).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      if (e.target instanceof Element && e.target.closest('.curate-source-form')) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') store.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  const passage = lastPassage && source && lastPassage.sourceId === source.id ? lastPassage : null;

  function newEvent(): void {
    if (!source || !passage) {
      setMessage(t('curate.text.noSelection'));
      return;
    }
    const prefill = prefillFor(source, passage, marked);
    const id = slugFor(prefill.quote.split(/\s+/).slice(0, 5).join(' '), new Set(present().events.map((e) => e.id)));
    dispatch({
      type: 'add-event',
      event: {
        id,
        title: '',
        label: '',
        start: prefill.start,
        ...(prefill.end !== undefined && { end: prefill.end }),
        ...(prefill.bounds && { bounds: prefill.bounds }),
        ...(prefill.ongoing && { ongoing: prefill.ongoing }),
        status: prefill.status,
        tags: [],
        citations: [{ source: source.id, quote: prefill.quote, ...(prefill.dating && { dating: prefill.dating }) }],
      },
    });
    setOrigins(
      new Map(origins).set(id, {
        origin: prefill.origin,
        ...(prefill.words !== undefined && { words: prefill.words }),
        ...(prefill.statusWords !== undefined && { statusWords: prefill.statusWords }),
      }),
    );
    setOpenEventId(id);
    setMessage('');
  }

  const [citeTo, setCiteTo] = useState('');
  function addCitation(): void {
    const { events } = present();
    const target = events.find((e) => e.id === citeTo) ?? events[0];
    if (!source || !passage || !target) {
      setMessage(t('curate.text.noSelection'));
      return;
    }
    const prefill = prefillFor(source, passage, marked);
    dispatch({
      type: 'add-citation',
      eventId: target.id,
      citation: { source: source.id, quote: prefill.quote, ...(prefill.dating && { dating: prefill.dating }) },
    });
    setMessage(t('curate.citationAdded', { title: target.title || target.id }));
  }

  const [link, setLink] = useState<{ from: string; kind: RelationKind; to: string }>({ from: '', kind: 'comes-after', to: '' });
  function addLink(): void {
    if (!source || !passage) {
      setMessage(t('curate.text.noSelection'));
      return;
    }
    if (present().events.length < 2) {
      setMessage(t('curate.link.needTwo'));
      return;
    }
    if (!link.from || !link.to || link.from === link.to) {
      setMessage(t('curate.link.same'));
      return;
    }
    const quote = source.text.slice(passage.start, passage.end);
    dispatch({ type: 'add-relation', relation: { kind: link.kind, from: link.from, to: link.to, source: source.id, quote } });
    setMessage(t('curate.link.added'));
  }

  const selectionLine =
    selection && 'outside' in selection
      ? t('curate.text.outside')
      : passage
        ? t('curate.text.selected', { count: passage.end - passage.start })
        : '';
  const removingSource = sources.find((s) => s.id === removing);
  const orphans = useWorkbenchList((s) => (removing === null ? NO_EVENTS : orphanedBy(s.history.present, removing)));
  const eventOptions = <EventOptions />;
  const origin = openEventId === null ? undefined : origins.get(openEventId);

  return (
    <CheckedContext.Provider value={checked}>
      <header className="curate-header">
        <div>
          <h1>{t('curate.pageTitle')}</h1>
          <p className="curate-hint">{t('curate.intro')}</p>
        </div>
        <div className="curate-actions" role="group" aria-label={t('curate.pageTitle')}>
          <button type="button" disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z" onClick={() => store.getState().undo()}>
            {t('curate.undo')}
          </button>
          <button
            type="button"
            disabled={!canRedo}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
            onClick={() => store.getState().redo()}
          >
            {t('curate.redo')}
          </button>
          <button
            type="button"
            aria-expanded={showProblems}
            aria-controls={`${ids}-problems`}
            onClick={() => setShowProblems(!showProblems)}
          >
            {checked.problems.length === 0 ? t('curate.problems.none') : t('curate.problems.button', { count: checked.problems.length })}
          </button>
          <span className="curate-saved" role="status">
            {storage.status === 'saved' ? t('curate.saved') : storage.status === 'saving' ? t('curate.saving') : ''}
          </span>
        </div>
        <p className="curate-hint">{t('curate.keys')}</p>
      </header>
      {storage.problem && (
        <div className="curate-storage-problem" role="alert">
          <p>{t(`curate.storage.${storage.problem}`)}</p>
          {storage.problem === 'changed-elsewhere' && (
            <div className="curate-actions">
              <button type="button" onClick={() => void storage.reload()}>
                {t('curate.storage.reload')}
              </button>
              <button type="button" onClick={() => void storage.takeOver()}>
                {t('curate.storage.takeOver')}
              </button>
            </div>
          )}
        </div>
      )}
      <section id={`${ids}-problems`} className="curate-problems" hidden={!showProblems} aria-labelledby={`${ids}-problems-heading`}>
        <h2 id={`${ids}-problems-heading`}>{t('curate.problems.heading')}</h2>
        <p className="curate-hint">{t('curate.problems.hint')}</p>
        {showProblems && <ProblemList problems={checked.problems} onOpen={setOpenEventId} />}
      </section>
      <main className="curate-main">
        <section className="curate-sources" aria-labelledby={`${ids}-sources`}>
          <h2 id={`${ids}-sources`}>{t('curate.sources.heading')}</h2>
          {sources.length === 0 ? (
            <p>{t('curate.sources.none')}</p>
          ) : (
            <ul className="curate-source-list">
              {sources.map((s) => (
                <li key={s.id} className={s.id === source?.id ? 'curate-source curate-source-open' : 'curate-source'}>
                  <span lang="en" className="curate-source-headline">
                    {s.headline}
                  </span>
                  <span className="curate-hint">{t('curate.source.meta', { publisher: s.publisher, published: s.published })}</span>
                  <span className="curate-actions">
                    <button
                      type="button"
                      aria-label={t('curate.source.readName', { headline: s.headline })}
                      aria-current={s.id === source?.id || undefined}
                      onClick={() => setOpenSourceId(s.id)}
                    >
                      {t('curate.source.read')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('curate.source.removeName', { headline: s.headline })}
                      onClick={() => setRemoving(s.id)}
                    >
                      {t('curate.source.remove')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          )}
          {removingSource && (
            <div className="curate-confirm" role="alertdialog" aria-labelledby={`${ids}-removing`}>
              <p id={`${ids}-removing`}>
                {orphans.length === 0
                  ? t('curate.source.removeNone', { headline: removingSource.headline })
                  : t('curate.source.removeOrphans', {
                      count: orphans.length,
                      headline: removingSource.headline,
                      events: orphans.map((e) => e.title || e.id).join(', '),
                    })}
              </p>
              <div className="curate-actions">
                <button
                  type="button"
                  onClick={() => {
                    dispatch({ type: 'remove-source', id: removingSource.id });
                    setRemoving(null);
                  }}
                >
                  {t('curate.source.removeYes')}
                </button>
                <button type="button" autoFocus onClick={() => setRemoving(null)}>
                  {t('curate.cancel')}
                </button>
              </div>
            </div>
          )}
          <SourceForm onAdded={setOpenSourceId} />
        </section>
        {source && (
          <section className="curate-reading" aria-labelledby={`${ids}-reading`}>
            <h2 id={`${ids}-reading`} lang="en">
              {source.headline}
            </h2>
            <p className="curate-hint" lang="en">
              {source.byline} · {source.publishedAsPrinted}
            </p>
            <div className="curate-toolbar">
              <p className="curate-status" role="status">
                {selectionLine}
              </p>
              <div className="curate-actions">
                <button type="button" onClick={newEvent}>
                  {t('curate.newEvent')}
                </button>
              </div>
              {eventCount > 0 && (
                <div className="curate-actions">
                  <label htmlFor={`${ids}-cite-to`}>{t('curate.citationTo')}</label>
                  <select id={`${ids}-cite-to`} className="curate-event-choice" value={citeTo} onChange={(e) => setCiteTo(e.target.value)}>
                    {eventOptions}
                  </select>
                  <button type="button" onClick={addCitation}>
                    {t('curate.addCitation')}
                  </button>
                </div>
              )}
              {eventCount > 1 && (
                <fieldset className="curate-link-form">
                  <legend>{t('curate.link.heading')}</legend>
                  <label>
                    {t('curate.link.from')}{' '}
                    <select className="curate-event-choice" value={link.from} onChange={(e) => setLink({ ...link, from: e.target.value })}>
                      <option value="">{t('curate.choose')}</option>
                      {eventOptions}
                    </select>
                  </label>
                  <label>
                    {t('curate.link.kind')}{' '}
                    <select value={link.kind} onChange={(e) => setLink({ ...link, kind: e.target.value as RelationKind })}>
                      <RelationKindOptions />
                    </select>
                  </label>
                  <label>
                    {t('curate.link.to')}{' '}
                    <select className="curate-event-choice" value={link.to} onChange={(e) => setLink({ ...link, to: e.target.value })}>
                      <option value="">{t('curate.choose')}</option>
                      {eventOptions}
                    </select>
                  </label>
                  <button type="button" onClick={addLink}>
                    {t('curate.link.add')}
                  </button>
                </fieldset>
              )}
              <p className="curate-status" role="status">
                {message}
              </p>
            </div>
            {marked.length === 0 && <p className="curate-note">{t('curate.source.noDates')}</p>}
            <SourceText source={source} marked={marked} onSelection={onSelection} />
            <FoundDates source={source} marked={marked} />
          </section>
        )}
        <div className="curate-work">
          {openEventId !== null && (
            <EventForm
              key={openEventId}
              eventId={openEventId}
              {...(origin && { origin })}
              onClose={() => setOpenEventId(null)}
              onRename={(id) => {
                if (origin) setOrigins(new Map(origins).set(id, origin));
                setOpenEventId(id);
              }}
            />
          )}
          <DraftList openId={openEventId} onOpen={setOpenEventId} />
        </div>
        <Preview onChoose={setOpenEventId} />
        <ExportImport />
      </main>
    </CheckedContext.Provider>
  );
}
