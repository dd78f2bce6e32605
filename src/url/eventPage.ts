import { DEFAULT_LANGUAGE, type Language, languageFolder, languageOfPath } from '../i18n/languages';

/**
 * The page per event, `events/<id>.html`: prerendered with that event selected, so that a link to an
 * event previews (title, quote) where no JavaScript runs. Its query parameters work as on the root page;
 * an `event=` in the query wins over the page's own event.
 */
const EVENT_PAGE = /\/events\/([^/]+)\.html$/;

/** The event page's address relative to the site's root folder, in a language's folder (English: the root). */
export const eventPagePath = (id: string, language: Language = DEFAULT_LANGUAGE): string =>
  `${languageFolder(language)}events/${encodeURIComponent(id)}.html`;

/** The event a page is the page of, from its path; null on the root page, the embed or a malformed path. */
export function eventIdFromPath(pathname: string): string | null {
  const match = EVENT_PAGE.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null; // a broken escape names no event
  }
}

/** The query string a page opens: its own, with the page's event added when the query names none. */
export function pageSearch(pathname: string, search: string): string {
  const eventId = eventIdFromPath(pathname);
  const query = new URLSearchParams(search);
  if (eventId === null || query.has('event')) return search;
  query.append('event', eventId);
  return `?${query.toString()}`;
}

/**
 * The site's root folder (where the English index.html and embed.html are) as an absolute URL, from a page's
 * URL: one folder up from an event page, and one more from a Korean or Japanese page (`ko/`, `ja/`).
 */
export function siteRootOf(href: string): string {
  const { pathname } = new URL(href);
  const up = (eventIdFromPath(pathname) === null ? 0 : 1) + (languageOfPath(pathname) === DEFAULT_LANGUAGE ? 0 : 1);
  return new URL(up === 0 ? './' : '../'.repeat(up), href).href;
}
