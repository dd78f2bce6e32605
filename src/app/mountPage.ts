import { type ReactNode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Language } from '../i18n/languages';
import { prerenderedFor } from './startPage';

/**
 * Puts a page's React tree into `#root`. The build prerendered each page for one query string (none, or the event
 * page's own event) in one language: with those the app takes over the markup as it stands; with any other it
 * renders the permalink's view. Either way in a transition, so that React renders (and hydrates) in slices of a
 * few milliseconds, yielding to the browser between them, rather than in one long task that holds up a reader's
 * first tap or key.
 */
export function mountPage(root: HTMLElement | null, page: ReactNode, search: string, language: Language): void {
  if (!root) return;
  const prerendered = prerenderedFor(root, search, language);
  startTransition(() => {
    if (prerendered) hydrateRoot(root, page);
    else createRoot(root).render(page);
  });
}
