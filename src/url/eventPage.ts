/**
 * The page per event, `events/<id>.html`: prerendered with that event selected, so that a link to an
 * event previews (title, quote) where no JavaScript runs. Its query parameters work as on the root page;
 * an `event=` in the query wins over the page's own event.
 */
const EVENT_PAGE = /\/events\/([^/]+)\.html$/;

/** The event page's address relative to the site's root folder. */
export const eventPagePath = (id: string): string => `events/${encodeURIComponent(id)}.html`;

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

/** The site's root folder (where index.html and embed.html are) as an absolute URL, from a page's URL. */
export const siteRootOf = (href: string): string => new URL(eventIdFromPath(new URL(href).pathname) === null ? './' : '../', href).href;
