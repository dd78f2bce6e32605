import { type ReactNode, memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useCurateI18n } from './useCurateI18n';
import { foundDateCode, namedSpan } from '../model/dateFinder/foundDateForms';
import { type Precision, parsePartialDate } from '../model/partialDate';
import { useDispatch } from './context';
import { howLine } from './howWords';
import type { MarkedDate, Passage } from './prefill';
import type { DraftSource } from './project';

/** What the text view reports of the reader's selection: a passage of its source, or a selection that leaves it. */
export type SelectionReport = { readonly passage: Passage } | { readonly outside: true } | null;

/** The offset in the text of a point inside the text view: the length of the text before it. */
function offsetOf(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The text with its found dates marked, each with its reading and, in its title, how it was read. */
const MarkedText = memo(function MarkedText({
  text,
  marked,
  hows,
}: {
  text: string;
  marked: readonly MarkedDate[];
  hows: readonly string[];
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  marked.forEach((m, i) => {
    const { start, end, resolution } = m.found;
    if (start < at) return;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="found-date" data-found-date={m.correction?.date ?? foundDateCode(resolution) ?? ''} title={hows[i]}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
});

/**
 * A source's text exactly as given, focusable, its date words marked. A caret can be moved in it and a passage
 * selected with Shift and the arrow keys, as in a text field, but nothing in it can be changed.
 */
export const SourceText = memo(function SourceText({
  source,
  marked,
  onSelection,
}: {
  source: DraftSource;
  marked: readonly MarkedDate[];
  onSelection(report: SelectionReport): void;
}) {
  const i18n = useCurateI18n();
  const { t } = i18n;
  const view = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const hows = useMemo(() => marked.map((m) => howLine(i18n, m)), [marked, i18n]);
  const report = useRef(onSelection);
  useEffect(() => {
    report.current = onSelection;
  }, [onSelection]);

  useEffect(() => {
    const container = view.current;
    if (!container) return;
    const onChange = () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const startsIn = container.contains(range.startContainer);
      const endsIn = container.contains(range.endContainer);
      if (!startsIn && !endsIn) return;
      if (!startsIn || !endsIn) {
        report.current({ outside: true });
        return;
      }
      if (range.collapsed) {
        report.current(null);
        return;
      }
      const start = offsetOf(container, range.startContainer, range.startOffset);
      const end = offsetOf(container, range.endContainer, range.endOffset);
      report.current({ passage: { sourceId: source.id, start, end } });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [source.id]);

  return (
    <>
      <p id={hintId} className="curate-hint">
        {t('curate.text.hint')}
      </p>
      <div
        ref={view}
        className="curate-text"
        lang="en"
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label={t('curate.text.name', { headline: source.headline })}
        aria-describedby={hintId}
        tabIndex={0}
        contentEditable
        suppressContentEditableWarning
        spellCheck={false}
        // Editable only so that a caret can move and select: every change is refused.
        onBeforeInput={(e) => e.preventDefault()}
        onPaste={(e) => e.preventDefault()}
        onCut={(e) => e.preventDefault()}
        onDrop={(e) => e.preventDefault()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'Backspace' || e.key === 'Delete') e.preventDefault();
        }}
      >
        <MarkedText text={source.text} marked={marked} hows={hows} />
      </div>
    </>
  );
});

const EXAMPLES: Readonly<Record<Precision, string>> = { year: '2019', month: '2019-11', week: '2019-W48', day: '2019-11-22' };
const PRECISIONS: readonly Precision[] = ['year', 'month', 'week', 'day'];

/** The dates found in a source, each with how it was read and a way to correct the reading. */
export const FoundDates = memo(function FoundDates({ source, marked }: { source: DraftSource; marked: readonly MarkedDate[] }) {
  const i18n = useCurateI18n();
  const { t } = i18n;
  const [open, setOpen] = useState<number | null>(null);
  return (
    <details className="curate-found-dates">
      <summary>{t('curate.dates.heading', { count: marked.length })}</summary>
      {marked.length === 0 ? (
        <p>{t('curate.source.noDates')}</p>
      ) : (
        <ol>
          {marked.map((m) => (
            <li key={m.found.start}>
              <span>{howLine(i18n, m)}</span>{' '}
              <button
                type="button"
                aria-label={t('curate.correct.name', { words: m.found.text })}
                aria-expanded={open === m.found.start}
                onClick={() => setOpen(open === m.found.start ? null : m.found.start)}
              >
                {t('curate.correct')}
              </button>
              {open === m.found.start && <CorrectDate source={source} marked={m} onDone={() => setOpen(null)} />}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
});

function CorrectDate({ source, marked, onDone }: { source: DraftSource; marked: MarkedDate; onDone(): void }) {
  const { t } = useCurateI18n();
  const dispatch = useDispatch();
  const id = useId();
  const current = marked.correction?.date ?? namedSpan(marked.found.resolution)?.start.iso ?? '';
  const [date, setDate] = useState(current);
  const [precision, setPrecision] = useState<Precision>(parsePartialDate(current)?.precision ?? 'day');
  const [invalid, setInvalid] = useState(false);
  const { start, end } = marked.found;
  return (
    <form
      className="curate-popover"
      aria-label={t('curate.correct.name', { words: marked.found.text })}
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parsePartialDate(date.trim());
        if (parsed?.precision !== precision) {
          setInvalid(true);
          return;
        }
        dispatch({ type: 'correct-date', sourceId: source.id, correction: { start, end, date: parsed.iso } });
        onDone();
      }}
    >
      <div className="curate-field">
        <label htmlFor={`${id}-date`}>{t('curate.correct.date')}</label>
        <input
          id={`${id}-date`}
          value={date}
          autoFocus
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-problem` : undefined}
          onChange={(e) => {
            setDate(e.target.value);
            setInvalid(false);
          }}
        />
        {invalid && (
          <p id={`${id}-problem`} className="curate-problem" data-problem-field="date">
            {t('curate.correct.invalid', { example: EXAMPLES[precision] })}
          </p>
        )}
      </div>
      <div className="curate-field">
        <label htmlFor={`${id}-precision`}>{t('curate.correct.precision')}</label>
        <select id={`${id}-precision`} value={precision} onChange={(e) => setPrecision(e.target.value as Precision)}>
          {PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {t(`curate.precision.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="curate-actions">
        <button type="submit">{t('curate.correct.save')}</button>
        {marked.correction && (
          <button
            type="button"
            onClick={() => {
              dispatch({ type: 'uncorrect-date', sourceId: source.id, start });
              onDone();
            }}
          >
            {t('curate.correct.reset')}
          </button>
        )}
        <button type="button" onClick={onDone}>
          {t('curate.cancel')}
        </button>
      </div>
    </form>
  );
}
