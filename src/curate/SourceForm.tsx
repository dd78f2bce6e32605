import { memo, useId, useRef, useState } from 'react';
import { useCurateI18n } from './useCurateI18n';
import { isoDay, parsePartialDate } from '../model/partialDate';
import { findDates } from '../model/findDates';
import { useDispatch, useWorkbenchApi } from './context';
import { slugFor } from './prefill';
import type { DraftSource } from './project';

/**
 * The longest article the workbench takes, in UTF-16 code units: some 150,000 words, three times the longest
 * long read, and what the date finder reads in well under a second. A longer paste is refused with a message.
 */
export const MAX_TEXT_LENGTH = 1_000_000;

type Field = 'text' | 'headline' | 'publisher' | 'byline' | 'published';

/** The form that adds a source: its text pasted or opened from a .txt file, and its headline, publisher, byline and day. */
export const SourceForm = memo(function SourceForm({ onAdded, today = isoDay(Date.now()) }: { onAdded(id: string): void; today?: string }) {
  const i18n = useCurateI18n();
  const { t } = i18n;
  const dispatch = useDispatch();
  const store = useWorkbenchApi();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const text = useRef<HTMLTextAreaElement>(null);
  const [fileName, setFileName] = useState<string | undefined>();
  const [problems, setProblems] = useState<Partial<Record<Field, string | undefined>>>({});
  const [done, setDone] = useState('');

  // The text is read from the field when asked for, not held in state: a long paste is not re-rendered per key.
  function checkLength(): void {
    const length = text.current?.value.length ?? 0;
    setProblems((p) => ({
      ...p,
      text: length > MAX_TEXT_LENGTH ? t('curate.add.tooLong', { size: length, limit: MAX_TEXT_LENGTH }) : undefined,
    }));
  }

  async function openFile(file: File | undefined): Promise<void> {
    if (!file || !text.current) return;
    if (file.size > MAX_TEXT_LENGTH * 4) {
      setProblems((p) => ({ ...p, text: t('curate.add.tooLong', { size: file.size, limit: MAX_TEXT_LENGTH }) }));
      return;
    }
    const content = await file.text();
    // A NUL or many replacement characters: a picture or a word processor's file, not plain text.
    if (/\0/.test(content) || (content.match(/\uFFFD/g)?.length ?? 0) > 8) {
      setProblems((p) => ({ ...p, text: t('curate.add.notText') }));
      return;
    }
    text.current.value = content;
    setFileName(file.name);
    checkLength();
  }

  function submit(): void {
    const data = new FormData(form.current ?? undefined);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const body = text.current?.value ?? '';
    const found: Partial<Record<Field, string>> = {};
    if (body.trim() === '') found.text = t('curate.add.emptyText');
    else if (body.length > MAX_TEXT_LENGTH) found.text = t('curate.add.tooLong', { size: body.length, limit: MAX_TEXT_LENGTH });
    for (const field of ['headline', 'publisher', 'byline'] as const) if (value(field) === '') found[field] = t('curate.add.needed');
    const published = value('published');
    const day = parsePartialDate(published);
    if (!day || day.precision !== 'day') found.published = t('curate.add.noDate');
    else if (published > today) found.published = t('curate.add.future', { date: i18n.dates.date(day) });
    setProblems(found);
    setDone('');
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const project = store.getState().history.present;
    const taken = new Set(project.sources.map((s) => s.id));
    const sourceId = slugFor(`${value('publisher')} ${published}`, taken);
    const takenFiles = new Set(project.sources.map((s) => s.file));
    const file = fileName && !takenFiles.has(fileName) ? fileName : `${sourceId}.txt`;
    const source: DraftSource = {
      id: sourceId,
      file,
      headline: value('headline'),
      publisher: value('publisher'),
      byline: value('byline'),
      publishedAsPrinted: value('publishedAsPrinted') || published,
      published,
      text: body,
    };
    dispatch({ type: 'add-source', source });
    const count = findDates(body, published).length;
    setDone(t('curate.add.added', { count, headline: source.headline }));
    form.current?.reset();
    if (text.current) text.current.value = '';
    setFileName(undefined);
    onAdded(sourceId);
  }

  const describedBy = (field: Field) => (problems[field] ? `${id}-${field}-problem` : undefined);
  const problemLine = (field: Field) =>
    problems[field] && (
      <p id={`${id}-${field}-problem`} className="curate-problem" data-problem-field={field}>
        {problems[field]}
      </p>
    );
  const input = (field: 'headline' | 'publisher' | 'byline', label: string) => (
    <div className="curate-field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        name={field}
        lang="en"
        aria-invalid={problems[field] ? true : undefined}
        aria-describedby={describedBy(field)}
      />
      {problemLine(field)}
    </div>
  );

  return (
    <form
      ref={form}
      className="curate-source-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id={`${id}-heading`}>{t('curate.add.heading')}</h2>
      <div className="curate-field">
        <label htmlFor={`${id}-text`}>{t('curate.field.text')}</label>
        <textarea
          id={`${id}-text`}
          ref={text}
          name="text"
          rows={8}
          lang="en"
          spellCheck={false}
          aria-invalid={problems.text ? true : undefined}
          aria-describedby={describedBy('text')}
          onInput={checkLength}
        />
        {problemLine('text')}
      </div>
      <div className="curate-field">
        <label htmlFor={`${id}-file`}>{t('curate.field.file')}</label>
        <input id={`${id}-file`} type="file" accept=".txt,text/plain" onChange={(e) => void openFile(e.currentTarget.files?.[0])} />
      </div>
      <div className="curate-row">
        {input('headline', t('curate.field.headline'))}
        {input('publisher', t('curate.field.publisher'))}
      </div>
      <div className="curate-row">
        {input('byline', t('curate.field.byline'))}
        <div className="curate-field">
          <label htmlFor={`${id}-published`}>{t('curate.field.published')}</label>
          <input
            id={`${id}-published`}
            name="published"
            type="date"
            max={today}
            aria-invalid={problems.published ? true : undefined}
            aria-describedby={describedBy('published')}
          />
          {problemLine('published')}
        </div>
      </div>
      <div className="curate-field">
        <label htmlFor={`${id}-printed`}>{t('curate.field.publishedAsPrinted')}</label>
        <input id={`${id}-printed`} name="publishedAsPrinted" lang="en" />
      </div>
      <button type="submit">{t('curate.add.submit')}</button>
      <p className="curate-status" role="status">
        {done}
      </p>
    </form>
  );
});
