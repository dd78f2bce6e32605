import type { DataTranslation } from '../model/translations';
import type { TimelineEvent } from '../model/types';
import type { SearchDocument } from '../search/searchIndex';

/**
 * What each event is found by: its own words (title, label and note in the page's language and in every
 * translation given) and its quotes. The rest of the articles' text is searched apart (searchArticles), so an
 * event is found only by what it says, never by a neighbouring sentence about another one.
 */
export function searchDocumentOf(event: TimelineEvent, translations: readonly DataTranslation[] = []): SearchDocument {
  const words = translations.map((t) => t.events[event.id]).filter((w) => w !== undefined);
  return {
    id: event.id,
    // A label is often its title, word for word: each name once, so its words are cut once.
    names: [...new Set([event.title, event.label, ...words.flatMap((w) => [w.title, w.label])])],
    notes: [event.note ?? '', ...words.map((w) => w.note ?? '')].filter((n) => n !== ''),
    quotes: event.citations.map((c) => c.quote),
  };
}
