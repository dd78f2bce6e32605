import { type ReactNode, useMemo } from 'react';
import { useCurateI18n } from './useCurateI18n';
import { parsePartialDate } from '../model/partialDate';
import type { RawEvent } from '../model/schema';
import { STATUSES, TAGS, type DataProblem, type Status } from '../model/types';
import { richMessage } from '../panels/richMessage';
import { OTHER_LANGUAGES, problemField } from './check';
import { useChecked, useDispatch, useProject } from './context';
import { labelFit } from './labelFit';
import { fieldLabel } from './fieldLabel';
import type { EventWords } from './project';
import type { Prefill } from './prefill';
import { useFieldProblems } from './fieldProblems';

const NO_PROBLEMS: readonly DataProblem[] = [];

/** What the form says about where its first values came from, kept from the selection that made the event. */
export type FormOrigin = Pick<Prefill, 'origin' | 'words' | 'statusWords'>;

/**
 * An event's form: every field is the project's own record, changed as it is typed (typing in one field is one
 * step to undo), and each problem the validator finds is shown beside its field and tied to it.
 */
export function EventForm({
  eventId,
  origin,
  onClose,
  onRename,
}: {
  eventId: string;
  origin?: FormOrigin;
  onClose(): void;
  /** The curator gave the event a new id: the form follows it. */
  onRename(id: string): void;
}) {
  const i18n = useCurateI18n();
  const { t, data, dates } = i18n;
  const project = useProject();
  const dispatch = useDispatch();
  const { byEvent } = useChecked();
  const event = project.events.find((e) => e.id === eventId);
  const { id, invalid, describedBy, lines: problemLines } = useFieldProblems(byEvent.get(eventId) ?? NO_PROBLEMS, problemField);
  const fit = useMemo(() => labelFit(event?.label ?? ''), [event?.label]);
  if (!event) return null;

  const update = (patch: Partial<RawEvent>) => dispatch({ type: 'update-event', id: event.id, patch });
  const precision = parsePartialDate(event.start)?.precision;
  const sourceOf = (sourceId: string) => project.sources.find((s) => s.id === sourceId);
  const translate = (language: string, patch: EventWords) => dispatch({ type: 'translate-event', id: event.id, language, patch });
  const hasNote = event.note !== undefined;

  /** The event's title, label and (where the English has one) note in another language, each with its problems. */
  const translationFields = (language: string): ReactNode => {
    const words = project.translations?.[language]?.[event.id] ?? {};
    const field = (key: keyof EventWords, text: string | undefined) => {
      const fieldName = `${key}-${language}`;
      const props = {
        id: `${id}-${fieldName}`,
        lang: language,
        value: text ?? '',
        'aria-invalid': invalid(fieldName),
        'aria-describedby': describedBy(fieldName),
      };
      return { name: fieldName, props };
    };
    const title = field('title', words.title);
    const label = field('label', words.label);
    const note = field('note', words.note);
    return (
      <div key={language} className="curate-translation">
        <div className="curate-field">
          <label htmlFor={title.props.id}>{fieldLabel(t, title.name)}</label>
          <input {...title.props} onChange={(e) => translate(language, { title: e.target.value })} />
          {problemLines(title.name)}
        </div>
        <div className="curate-field">
          <label htmlFor={label.props.id}>{fieldLabel(t, label.name)}</label>
          <input {...label.props} onChange={(e) => translate(language, { label: e.target.value })} />
          {problemLines(label.name)}
        </div>
        {hasNote && (
          <div className="curate-field">
            <label htmlFor={note.props.id}>{fieldLabel(t, note.name)}</label>
            <textarea {...note.props} rows={2} onChange={(e) => translate(language, { note: e.target.value })} />
            {problemLines(note.name)}
          </div>
        )}
      </div>
    );
  };

  const originLine =
    origin?.origin === 'inside' && origin.words !== undefined
      ? t('curate.form.dateInside', { words: origin.words })
      : origin?.origin === 'before' && origin.words !== undefined
        ? t('curate.form.dateBefore', { words: origin.words })
        : origin?.origin === 'none'
          ? t('curate.form.dateNone')
          : undefined;

  return (
    <form className="curate-event-form" aria-labelledby={`${id}-heading`} noValidate onSubmit={(e) => e.preventDefault()}>
      <div className="curate-form-bar">
        <h2 id={`${id}-heading`}>{t('curate.form.heading', { id: event.id })}</h2>
        <button type="button" onClick={onClose}>
          {t('curate.close')}
        </button>
      </div>
      {problemLines('event')}
      <div className="curate-field">
        <label htmlFor={`${id}-title`}>{t('curate.field.title')}</label>
        <input
          id={`${id}-title`}
          lang="en"
          value={event.title}
          aria-invalid={invalid('title')}
          aria-describedby={describedBy('title')}
          onChange={(e) => update({ title: e.target.value })}
        />
        {problemLines('title')}
      </div>
      <div className="curate-field">
        <label htmlFor={`${id}-label`}>{t('curate.field.label')}</label>
        <input
          id={`${id}-label`}
          lang="en"
          value={event.label}
          aria-invalid={invalid('label') ?? (fit.fits ? undefined : true)}
          aria-describedby={describedBy('label', `${id}-label-fit`)}
          onChange={(e) => update({ label: e.target.value })}
        />
        <p
          id={`${id}-label-fit`}
          className={fit.fits ? 'curate-hint' : 'curate-problem'}
          {...(!fit.fits && { 'data-problem-field': 'label' })}
        >
          {t(fit.fits ? 'curate.form.labelFits' : 'curate.form.labelTooWide', { width: fit.width, room: fit.room })}
        </p>
        {problemLines('label')}
      </div>
      <div className="curate-field">
        <label htmlFor={`${id}-id`}>{t('curate.field.id')}</label>
        <input
          id={`${id}-id`}
          value={event.id}
          aria-invalid={invalid('id')}
          aria-describedby={describedBy('id')}
          onChange={(e) => {
            update({ id: e.target.value });
            onRename(e.target.value);
          }}
        />
        {problemLines('id')}
      </div>
      <div className="curate-row">
        <div className="curate-field">
          <label htmlFor={`${id}-date`}>{t('curate.field.date')}</label>
          <input
            id={`${id}-date`}
            value={event.start}
            aria-invalid={invalid('date')}
            aria-describedby={describedBy('date', `${id}-date-help`, originLine !== undefined && `${id}-date-origin`)}
            onChange={(e) => update({ start: e.target.value })}
          />
        </div>
        <div className="curate-field">
          <label htmlFor={`${id}-end`}>{t('curate.field.end')}</label>
          <input
            id={`${id}-end`}
            value={event.end ?? ''}
            onChange={(e) => update({ end: e.target.value === '' ? undefined : e.target.value })}
          />
        </div>
      </div>
      {originLine !== undefined && (
        <p id={`${id}-date-origin`} className="curate-note">
          {originLine}
        </p>
      )}
      <p id={`${id}-date-help`} className="curate-hint">
        {t('curate.form.dateHelp')} {precision && t('curate.form.precision', { precision: dates.precision(precision) })}
      </p>
      {problemLines('date')}
      <div className="curate-field">
        <label htmlFor={`${id}-status`}>{t('curate.field.status')}</label>
        <select
          id={`${id}-status`}
          value={event.status}
          aria-invalid={invalid('status')}
          aria-describedby={describedBy('status', origin?.statusWords !== undefined && `${id}-status-suggested`)}
          onChange={(e) => update({ status: e.target.value as Status })}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {data.statuses[s].label}
            </option>
          ))}
        </select>
        {origin?.statusWords !== undefined && (
          <p id={`${id}-status-suggested`} className="curate-note">
            {t('curate.form.statusSuggested', { words: origin.statusWords })}
          </p>
        )}
        {problemLines('status')}
      </div>
      <fieldset className="curate-tags" aria-describedby={describedBy('tags')}>
        <legend>{t('curate.field.tags')}</legend>
        {TAGS.map((tag) => (
          <label key={tag}>
            <input
              type="checkbox"
              checked={event.tags.includes(tag)}
              onChange={(e) =>
                update({
                  tags: e.target.checked ? TAGS.filter((x) => x === tag || event.tags.includes(x)) : event.tags.filter((x) => x !== tag),
                })
              }
            />{' '}
            {data.tags[tag] ?? tag}
          </label>
        ))}
        {problemLines('tags')}
      </fieldset>
      <div className="curate-field">
        <label htmlFor={`${id}-note`}>{t('curate.field.note')}</label>
        <textarea
          id={`${id}-note`}
          lang="en"
          rows={2}
          value={event.note ?? ''}
          aria-invalid={invalid('note')}
          aria-describedby={describedBy('note')}
          onChange={(e) => update({ note: e.target.value === '' ? undefined : e.target.value })}
        />
        {problemLines('note')}
      </div>
      {OTHER_LANGUAGES.map(translationFields)}
      {event.citations.map((citation, i) => {
        const field = `quote-${i}`;
        const source = sourceOf(citation.source);
        return (
          <div key={i} className="curate-field curate-citation">
            <label htmlFor={`${id}-${field}`}>{fieldLabel(t, field)}</label>
            <textarea
              id={`${id}-${field}`}
              lang="en"
              rows={3}
              value={citation.quote}
              aria-invalid={invalid(field)}
              aria-describedby={describedBy(field)}
              onChange={(e) => update({ citations: event.citations.map((c, j) => (j === i ? { ...c, quote: e.target.value } : c)) })}
            />
            {source && (
              <p className="curate-hint">{richMessage(t, 'curate.form.from', { headline: <span lang="en">{source.headline}</span> })}</p>
            )}
            {citation.dating && (
              <p className="curate-hint">
                {t('curate.form.dating', {
                  words: citation.dating.words,
                  reference: citation.dating.reference,
                  resolved: citation.dating.resolved,
                })}
              </p>
            )}
            {problemLines(field)}
            <button type="button" onClick={() => dispatch({ type: 'remove-citation', eventId: event.id, index: i })}>
              {t('curate.form.removeCitation')}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="curate-danger"
        onClick={() => {
          dispatch({ type: 'remove-event', id: event.id });
          onClose();
        }}
      >
        {t('curate.form.removeEvent')}
      </button>
    </form>
  );
}
