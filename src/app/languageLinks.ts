import { DEFAULT_LANGUAGE, type Language, languageFolder, preferredLanguage } from '../i18n/languages';
import { eventIdFromPath, eventPagePath, siteRootOf } from '../url/eventPage';

/**
 * The page the reader is on, in another language: that language's folder (`ko/`, `ja/`; English at the root),
 * the same event page on an event page, and the same query (date, span, event), so it opens the same view.
 * The folder says the language, so `lang=` is dropped; except for English where the reader's browser prefers
 * another language, since the root pages follow the browser when no `lang=` says otherwise.
 */
export function languagePageHref(href: string, language: Language, preferred: readonly string[]): string {
  const here = new URL(href);
  const id = eventIdFromPath(here.pathname);
  const page = id === null ? languageFolder(language) || './' : eventPagePath(id, language);
  const target = new URL(page, siteRootOf(href));
  const query = new URLSearchParams(here.search);
  query.delete('lang');
  if (language === DEFAULT_LANGUAGE && preferredLanguage(preferred) !== DEFAULT_LANGUAGE) query.set('lang', language);
  const search = query.toString();
  target.search = search === '' ? '' : `?${search}`;
  return target.href;
}
