import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { I18n } from '../i18n/i18n';
import { useI18n } from '../i18n/useI18n';
import type { Dating, TimelineEvent } from '../model/types';
import { selectNeighbours, selectSelectedEvent, selectVisibleEvents } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/useAppStore';
import { keepTimelineAboveSheet, revealInBox, scrollingBox } from './bringIntoSight';
import { CitationView } from './CitationView';
import { CiteControl } from './CiteControl';
import { CloseButton } from './CloseButton';
import { EventRelations } from './LazyEventRelations';
import { datingsToExplain, describeSourceCount } from './eventWords';
import { richMessage } from './richMessage';
import { STEP_KEYS_SCOPE, usePanelKeys } from './usePanelKeys';
import { useReturnFocus } from './useReturnFocus';
import './panels.css';

/**
 * The selected event and what its sources say: the date as they support it, its status and tags, and
 * every citation in context. Previous / next walk the filtered events in date order.
 */
export function SourcePanel() {
  const event = useAppStore(selectSelectedEvent);
  const selectedId = useAppStore((s) => s.selectedId);
  const hidden = useAppStore((s) => event !== undefined && !selectVisibleEvents(s).includes(event));
  const { previous, next } = useAppStore(useShallow(selectNeighbours));
  const sources = useAppStore((s) => s.dataset.sources);
  const showInArticle = useAppStore((s) => s.showInArticle);
  const select = useAppStore((s) => s.select);
  const store = useAppStoreApi();
  const i18n = useI18n();
  const { t, dates, data } = i18n;
  const panel = useRef<HTMLElement>(null);
  // On a phone the sheet can shrink to its title, to give the timeline above it the whole screen.
  const [compact, setCompact] = useState(false);
  useReturnFocus(selectedId, panel);
  usePanelKeys();

  // A newly chosen event's sources come into sight beside the timeline (in the sticky column), its heading
  // first and then as much of the first quote as fits below it, or, on a phone, the timeline moves up clear
  // of the sheet so the event just tapped stays in sight. Measured at the next frame's start, before it is
  // painted, rather than inside the update that chose the event: on a page opened at an event that update is the
  // hydration, and the layout it forced made its long task about 40 ms longer (a 4×-slowed trace).
  useEffect(() => {
    const el = panel.current;
    if (!el || selectedId === null) return;
    const reveal = requestAnimationFrame(() => {
      const box = scrollingBox(el);
      const quote = el.querySelector('.citation mark');
      // The reader is working in another part of the same column (the article): leave it where it is.
      const active = document.activeElement;
      if (box?.contains(active) && !el.contains(active)) return;
      if (box) {
        revealInBox(box, el);
        if (quote) revealInBox(box, quote, el.querySelector('.panel-title') ?? undefined);
      } else {
        const frame = store.getState().viewHandle?.frameRect();
        if (frame) keepTimelineAboveSheet(el, frame);
      }
    });
    return () => cancelAnimationFrame(reveal);
  }, [selectedId, store]);

  // Tells screen-reader users what the panel now shows, without reading all of it (the first child of
  // both states, so React keeps the same live element).
  const announcement = (
    <p className="visually-hidden" aria-live="polite">
      {event ? t('panel.announce', { title: event.title, sources: describeSourceCount(i18n, event.citations) }) : ''}
    </p>
  );

  if (!event) {
    return (
      <aside className="source-panel source-panel-empty" aria-label={t('panel.name')} ref={panel}>
        {announcement}
        <p>{t('panel.empty')}</p>
      </aside>
    );
  }

  const status = data.statuses[event.status];
  return (
    <aside className="source-panel" aria-label={t('panel.name')} ref={panel} {...STEP_KEYS_SCOPE} {...(compact && { 'data-compact': '' })}>
      {announcement}
      <div className="panel-bar">
        <span className="panel-kicker" aria-hidden="true">
          {t('panel.kicker')}
        </span>
        <button
          type="button"
          className="sheet-toggle"
          aria-expanded={!compact}
          title={compact ? t('panel.expand') : t('panel.shrink')}
          onClick={() => setCompact(!compact)}
        >
          <span aria-hidden="true">{compact ? '▴' : '▾'}</span>
          <span className="visually-hidden">{t('panel.expand')}</span>
        </button>
        <StepButton direction="previous" target={previous} />
        <StepButton direction="next" target={next} />
        <CloseButton label={t('panel.close')} title={t('panel.closeTitle')} keyShortcut="Escape" onClose={() => select(null)} />
      </div>
      <h2 className="panel-title">{event.title}</h2>
      {hidden && <p className="panel-hint">{t('panel.hidden')}</p>}
      <dl className="event-facts">
        <dt>{t('panel.date')}</dt>
        <dd>
          {richMessage(t, 'panel.dateWithPrecision', {
            date: dates.eventDate(event),
            precision: <span className="muted">{t('panel.precision', { precision: dates.eventPrecision(event) })}</span>,
          })}
          {datingsToExplain(event).map((dating) => (
            <span key={`${dating.words}:${dating.reference.iso}:${dating.resolved.start.iso}`} className="dating">
              {' '}
              <DatingLine dating={dating} i18n={i18n} />
            </span>
          ))}
        </dd>
      </dl>
      <h3 className="citations-heading">{describeSourceCount(i18n, event.citations)}</h3>
      <ol className="citation-list">
        {event.citations.map((citation, i) => (
          <li key={`${i}:${citation.sourceId}`}>
            <CitationView citation={citation} source={sources.find((s) => s.id === citation.sourceId)} onShowInArticle={showInArticle} />
          </li>
        ))}
      </ol>
      <dl className="event-facts">
        <dt>{t('panel.status')}</dt>
        <dd>
          {richMessage(t, 'panel.statusMeaning', {
            status: <strong className={`status status-${event.status}`}>{status.label}</strong>,
            meaning: status.meaning,
          })}
        </dd>
        <dt>{t('panel.tags')}</dt>
        <dd>
          <ul className="tag-list" aria-label={t('panel.tags')}>
            {event.tags.map((tag) => (
              <li key={tag}>{data.tags[tag] ?? tag}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <EventRelations event={event} />
      {/* After the sources: the quotes come first, the curator's reading of them second. */}
      {event.note && (
        <p className="curator-note">
          <strong>{t('panel.curatorNote')}</strong>
          {event.note}
        </p>
      )}
      <CiteControl event={event} sources={sources} />
      <p className="panel-keys">{t('panel.keys')}</p>
    </aside>
  );
}

/**
 * How the date was read from relative words, as one sentence of the page's language around the article's own
 * words, which stay as printed, in English.
 */
function DatingLine({ dating, i18n }: { readonly dating: Dating; readonly i18n: I18n }) {
  return richMessage(i18n.t, 'panel.dating', {
    words: <span lang="en">{dating.words}</span>,
    article: i18n.dates.date(dating.reference),
    resolved: i18n.dates.span(dating.resolved),
  });
}

/** The words of each way to step: the button, its tooltip, and its tooltip at the end of the line. */
const STEPS = {
  previous: { label: 'panel.previous', title: 'panel.previousTitle', none: 'panel.noPrevious', keys: 'K [' },
  next: { label: 'panel.next', title: 'panel.nextTitle', none: 'panel.noNext', keys: 'J ]' },
} as const;

/** Previous or next event. Stays focusable at either end (aria-disabled), so focus is never lost. */
function StepButton({ direction, target }: { direction: keyof typeof STEPS; target: TimelineEvent | undefined }) {
  const goToEvent = useAppStore((s) => s.goToEvent);
  const { t } = useI18n();
  const step = STEPS[direction];
  const forward = direction === 'next';
  return (
    <button
      type="button"
      className="step-button"
      aria-keyshortcuts={step.keys}
      aria-disabled={target ? undefined : 'true'}
      title={target ? t(step.title, { title: target.title }) : t(step.none)}
      onClick={() => target && void goToEvent(target, 'reveal')}
    >
      {!forward && <span aria-hidden="true">← </span>}
      {t(step.label)}
      {forward && <span aria-hidden="true"> →</span>}
    </button>
  );
}
