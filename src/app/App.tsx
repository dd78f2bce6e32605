import { EventsList } from '../panels/EventsList';
import { Header } from './Header';
import { Notices } from './Notices';

/** The page: header, notices, then the timeline and the panels around it. */
export function App() {
  return (
    <>
      <Header />
      <Notices />
      <main id="main" className="layout">
        <EventsList />
      </main>
    </>
  );
}
