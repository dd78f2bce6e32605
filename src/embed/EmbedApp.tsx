import { useEffect, useRef } from 'react';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { Notices } from '../app/Notices';
import { fullTimelinePermalink } from '../app/shareLinks';
import { useI18n } from '../i18n/useI18n';
import { SourcePanel } from '../panels/SourcePanel';
import { Timeline } from '../timeline/Timeline';
import { useAppStoreApi } from '../store/useAppStore';
import { startHistorySync } from '../url/history';
import { postToHost, startHeightReports } from './heightReports';
import './embed.css';

/**
 * The timeline for a page that frames it (an article): the timeline and the source panel in a compact
 * frame, a link to the full timeline on the same view, and the height posted to the host so it can size
 * the frame. It only ever replaces its own history entry, so the host's Back button stays the host's.
 */
export function EmbedApp() {
  const store = useAppStoreApi();
  const { t, timeline } = useI18n();
  useEffect(() => startHistorySync(store, { replaceOnly: true }), [store]);
  const frame = useRef<HTMLDivElement>(null);
  /** The link is written when the reader is about to follow it, so it opens the view they are looking at. */
  const pointAtView = (e: { currentTarget: HTMLAnchorElement }) => {
    e.currentTarget.href = fullTimelinePermalink(store);
  };
  useEffect(() => {
    if (frame.current) return startHeightReports(frame.current, postToHost);
  }, []);
  return (
    <div className="embed" ref={frame}>
      <header className="embed-bar">
        <p className="embed-title">{timeline.title}</p>
        <a
          className="embed-open"
          href="./"
          target="_blank"
          rel="noopener"
          onPointerDown={pointAtView}
          onFocus={pointAtView}
          onClick={pointAtView}
        >
          {t('embed.open')}
          <span className="visually-hidden"> {t('embed.newTab')}</span>
        </a>
      </header>
      <Notices />
      <main className="embed-main">
        <ErrorBoundary part="timeline">
          <Timeline />
        </ErrorBoundary>
        <ErrorBoundary part="sourcePanel">
          <SourcePanel />
        </ErrorBoundary>
      </main>
    </div>
  );
}
