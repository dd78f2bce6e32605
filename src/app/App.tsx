import { ArticleView } from '../panels/ArticleView';
import { EventsList } from '../panels/EventsList';
import { SourcePanel } from '../panels/SourcePanel';
import { Timeline } from '../timeline/Timeline';
import { useUrlSync } from './useUrlSync';
import { Header } from './Header';
import { Notices } from './Notices';

/** The page: header, notices, the timeline, and the reading panels around it. */
export function App() {
  useUrlSync();
  return (
    <>
      <Header />
      <Notices />
      <main id="main" className="layout">
        <Timeline />
        <div className="reading">
          <EventsList />
          <SourcePanel />
          <ArticleView />
        </div>
      </main>
    </>
  );
}
