import { TIMELINE } from '../model/timeline';
import { useAppStore } from '../store/useAppStore';
import { AboutData } from './AboutData';
import { SaveImage } from './SaveImage';
import { ShareControls } from './ShareControls';
import { ThemeToggle } from './ThemeToggle';

/** What this is in one line, and the page-wide controls. */
export function Header() {
  const events = useAppStore((s) => s.dataset.events.length);
  const sources = useAppStore((s) => s.dataset.sources.length);
  return (
    <header className="site-header">
      <a className="skip-link" href="#events-heading">
        Skip to the events list
      </a>
      <div className="site-title">
        <h1>{TIMELINE.title}</h1>
        <p className="tagline">
          A timeline of {events} events drawn from {sources} news articles. Every event quotes its source.
        </p>
      </div>
      <div className="header-controls">
        <ShareControls />
        <SaveImage />
        <AboutData />
        <ThemeToggle />
      </div>
    </header>
  );
}
