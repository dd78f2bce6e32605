import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { describeEventDate, describeEventPrecision } from '../model/describeEventDate';
import type { TimelineEvent } from '../model/types';
import { selectNeighbours, selectSelectedEvent, selectVisibleEvents } from '../store/selectors';
import { useAppStore, useAppStoreApi } from '../store/useAppStore';
import { keepTimelineAboveSheet, revealInBox, scrollingBox } from './bringIntoSight';
import { CitationView } from './CitationView';
import { CiteControl } from './CiteControl';
import { CloseButton } from './CloseButton';
import { EventRelations } from './LazyEventRelations';
import { STATUS_WORDS } from '../model/statusWords';
import { describeDatings, describeSourceCount } from './eventWords';
import { STEP_KEYS_SCOPE, usePanelKeys } from './usePanelKeys';
import { useReturnFocus } from './useReturnFocus';
import './panels.css';

const PANEL_NAME = 'Sources for the selected event';

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
  const panel = useRef<HTMLElement>(null);
  // On a phone the sheet can shrink to its title, to give the timeline above it the whole screen.
  const [compact, setCompact] = useState(false);
  useReturnFocus(selectedId, panel);
  usePanelKeys();

  // A newly chosen event's sources come into sight beside the timeline (in the sticky column), its heading
  // first and then as much of the first quote as fits below it, or, on a phone, the timeline moves up clear
  // of the sheet so the event just tapped stays in sight.
  useEffect(() => {
    const el = panel.current;
    if (!el || selectedId === null) return;
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
  }, [selectedId, store]);

  // Tells screen-reader users what the panel now shows, without reading all of it (the first child of
  // both states, so React keeps the same live element).
  const announcement = (
    <p className="visually-hidden" aria-live="polite">
      {event ? `${event.title}: ${describeSourceCount(event.citations)}.` : ''}
    </p>
  );

  if (!event) {
    return (
      <aside className="source-panel source-panel-empty" aria-label={PANEL_NAME} ref={panel}>
        {announcement}
        <p>Choose an event on the timeline or in the list to read what its sources say, in context.</p>
      </aside>
    );
  }

  const datings = describeDatings(event);
  const status = STATUS_WORDS[event.status];
  return (
    <aside className="source-panel" aria-label={PANEL_NAME} ref={panel} {...STEP_KEYS_SCOPE} {...(compact && { 'data-compact': '' })}>
      {announcement}
      <div className="panel-bar">
        <span className="panel-kicker" aria-hidden="true">
          Sources
        </span>
        <button
          type="button"
          className="sheet-toggle"
          aria-expanded={!compact}
          title={compact ? 'Show all of the sources' : 'Shrink to the title, to see more of the timeline'}
          onClick={() => setCompact(!compact)}
        >
          <span aria-hidden="true">{compact ? '▴' : '▾'}</span>
          <span className="visually-hidden">Show all of the sources</span>
        </button>
        <StepButton label="Previous" keys="K [" target={previous} />
        <StepButton label="Next" keys="J ]" target={next} />
        <CloseButton label="Close the sources" title="Close (Escape)" keyShortcut="Escape" onClose={() => select(null)} />
      </div>
      <h2 className="panel-title">{event.title}</h2>
      {hidden && <p className="panel-hint">This event is hidden on the timeline and in the list by the current filters.</p>}
      <dl className="event-facts">
        <dt>Date</dt>
        <dd>
          {describeEventDate(event)} <span className="muted">({describeEventPrecision(event)})</span>
          {datings.map((line) => (
            <span key={line} className="dating">
              {' '}
              Worked out from {line}
            </span>
          ))}
        </dd>
      </dl>
      <h3 className="citations-heading">{describeSourceCount(event.citations)}</h3>
      <ol className="citation-list">
        {event.citations.map((citation, i) => (
          <li key={`${i}:${citation.sourceId}`}>
            <CitationView citation={citation} source={sources.find((s) => s.id === citation.sourceId)} onShowInArticle={showInArticle} />
          </li>
        ))}
      </ol>
      <dl className="event-facts">
        <dt>Status</dt>
        <dd>
          <strong className={`status status-${event.status}`}>{status.label}</strong>: {status.meaning}
        </dd>
        <dt>Tags</dt>
        <dd>
          <ul className="tag-list" aria-label="Tags">
            {event.tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <EventRelations event={event} />
      {/* After the sources: the quotes come first, the curator's reading of them second. */}
      {event.note && (
        <p className="curator-note">
          <strong>Curator’s note: </strong>
          {event.note}
        </p>
      )}
      <CiteControl event={event} sources={sources} />
      <p className="panel-keys">Keys, while in this panel or the events list: J or ] next event, K or [ previous. Escape closes.</p>
    </aside>
  );
}

/** Previous or next event. Stays focusable at either end (aria-disabled), so focus is never lost. */
function StepButton({ label, keys, target }: { label: string; keys: string; target: TimelineEvent | undefined }) {
  const goToEvent = useAppStore((s) => s.goToEvent);
  const forward = label === 'Next';
  return (
    <button
      type="button"
      className="step-button"
      aria-keyshortcuts={keys}
      aria-disabled={target ? undefined : 'true'}
      title={target ? `${label}: ${target.title} (${keys.split(' ').join(' or ')})` : `No ${label.toLowerCase()} event`}
      onClick={() => target && void goToEvent(target, 'reveal')}
    >
      {!forward && <span aria-hidden="true">← </span>}
      {label}
      {forward && <span aria-hidden="true"> →</span>}
    </button>
  );
}
