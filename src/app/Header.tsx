import { useI18n } from '../i18n/useI18n';
import { useAppStore } from '../store/useAppStore';
import { AboutData } from './AboutData';
import { LanguagePicker } from './LanguagePicker';
import { SaveImage } from './SaveImage';
import { SearchField } from './SearchField';
import { ShareControls } from './ShareControls';
import { ThemeToggle } from './ThemeToggle';

/** What this is in one line, and the page-wide controls. */
export function Header() {
  const { t, timeline } = useI18n();
  const events = useAppStore((s) => s.dataset.events.length);
  const sources = useAppStore((s) => s.dataset.sources.length);
  return (
    <header className="site-header">
      <a className="skip-link" href="#events-heading">
        {t('header.skip')}
      </a>
      <div className="site-title">
        <h1>{timeline.title}</h1>
        <p className="tagline">{t('header.tagline', { count: events, articles: t('page.articles', { count: sources }) })}</p>
      </div>
      <SearchField />
      <div className="header-controls">
        <ShareControls />
        <SaveImage />
        <AboutData />
        <ThemeToggle />
        <LanguagePicker />
      </div>
    </header>
  );
}
