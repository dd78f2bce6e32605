import { DEFAULT_LANGUAGE, type Language, languageFolder, languageOfPath, preferredLanguage } from '../i18n/languages';
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

/** A language's page for what the page shows, from the site's root: the selected event's page, else the timeline's. */
export const languagePagePath = (selectedId: string | null, language: Language): string =>
  selectedId === null ? languageFolder(language) : eventPagePath(selectedId, language);

/**
 * A page of the site (`path`, from its root) as a link on the page at `here` writes it: relative to that page's
 * folder (`../ko/` from `ja/index.html`). Without a page (the build's prerenderer) it is written from the root
 * (`./ko/`), and the build rebases it by the page's folder into the very same string, so the browser hydrates it
 * as it stands.
 */
export function fromThisPage(path: string, here: string | undefined): string {
  if (here === undefined) return `./${path}`;
  const { pathname } = new URL(here);
  const depth = (eventIdFromPath(pathname) === null ? 0 : 1) + (languageOfPath(pathname) === DEFAULT_LANGUAGE ? 0 : 1);
  return `${depth === 0 ? './' : '../'.repeat(depth)}${path}`;
}
