import { useEffect, useRef } from 'react';
import { EventsList } from '../panels/EventsList';
import { SourcePanel } from '../panels/SourcePanel';
import { useFitToWindow } from './useFitToWindow';
import { Legend } from '../timeline/Legend';
import { Timeline } from '../timeline/Timeline';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { LazyArticleView } from './LazyArticleView';
import { Notices } from './Notices';
import { useAppStoreApi } from '../store/useAppStore';
import { startHistorySync } from '../url/history';

/** The page: header, notices, the timeline across the page's width, and the reading panels below it. */
export function App() {
  const store = useAppStoreApi();
  useEffect(() => startHistorySync(store), [store]);
  const column = useRef<HTMLDivElement>(null);
  useFitToWindow(column);
  return (
    <>
      <Header />
      <Notices />
      <main id="main" className="layout">
        <div className="layout-timeline">
          <ErrorBoundary part="timeline">
            <Timeline />
            <Legend />
          </ErrorBoundary>
        </div>
        {/* Right after the timeline in reading order, so a few Tabs lead from a mark to its sources; on a
            wide screen a sticky column under the timeline that ends at the window's bottom, so the timeline
            and the source are on screen together, the article beside the source when there is room. */}
        <div className="reading reading-side" ref={column}>
          <ErrorBoundary part="sourcePanel">
            <SourcePanel />
          </ErrorBoundary>
          <ErrorBoundary part="articleView">
            <LazyArticleView />
          </ErrorBoundary>
        </div>
        <div className="reading reading-list">
          <ErrorBoundary part="eventsList">
            <EventsList />
          </ErrorBoundary>
        </div>
      </main>
    </>
  );
}
