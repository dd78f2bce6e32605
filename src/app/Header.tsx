import { useAppStore } from '../store/store';

export function Header() {
  const events = useAppStore((s) => s.dataset.events.length);
  const sources = useAppStore((s) => s.dataset.sources.length);
  return (
    <header className="site-header">
      <h1>Japan–South Korea relations, 1910–2023</h1>
      <p className="tagline">
        A timeline of {events} events drawn from {sources} news articles. Every event quotes its source.
      </p>
    </header>
  );
}
