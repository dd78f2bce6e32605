import { ArticleView } from '../panels/ArticleView';
import { EventsList } from '../panels/EventsList';
import { SourcePanel } from '../panels/SourcePanel';
import { Legend } from '../timeline/Legend';
import { Timeline } from '../timeline/Timeline';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { Notices } from './Notices';
import { useUrlSync } from './useUrlSync';

/** The page: header, notices, the timeline, and the reading panels around it. */
export function App() {
  useUrlSync();
  return (
    <>
      <Header />
      <Notices />
      <main id="main" className="layout">
        <ErrorBoundary name="the timeline">
          <Timeline />
          <Legend />
        </ErrorBoundary>
        <div className="reading">
          <ErrorBoundary name="the events list">
            <EventsList />
          </ErrorBoundary>
          <ErrorBoundary name="the source panel">
            <SourcePanel />
          </ErrorBoundary>
          <ErrorBoundary name="the article view">
            <ArticleView />
          </ErrorBoundary>
        </div>
      </main>
    </>
  );
}
