import type { ReactNode } from 'react';
import type { TimelineEvent } from '../model/types';
import { type TextPart, countMatches, highlightParts, snippetParts } from '../search/highlight';

/** Parts of a text, the matching ones marked (`<mark>`: read out as highlighted, shown in the marker's colour). */
function Marked({ parts }: { readonly parts: readonly TextPart[] }): ReactNode {
  return parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text));
}

/** An entry's title with the words the search found marked. */
export function MatchedTitle({ title, terms }: { readonly title: string; readonly terms: readonly string[] }) {
  return <Marked parts={highlightParts(title, terms)} />;
}

/**
 * Where an event matched beyond its title: the first of its label, note or quotes that holds a searched term the
 * title lacks, as a short snippet with the terms marked. A quote stays in its source's language,
 * in the quotation marks the browser gives English (`<q lang="en">`).
 */
export function MatchSnippet({ event, terms }: { readonly event: TimelineEvent; readonly terms: readonly string[] }) {
  // The terms the title does not show: the snippet is for them.
  const rest = terms.filter((term) => !countMatches(event.title, [term]).allTerms);
  if (rest.length === 0) return null;
  const quotes = event.citations.map((c) => c.quote);
  for (const text of [event.label, event.note ?? '']) {
    if (!rest.some((term) => countMatches(text, [term]).allTerms)) continue;
    const parts = snippetParts(text, terms);
    if (parts)
      return (
        <span className="event-snippet">
          <Marked parts={parts} />
        </span>
      );
  }
  for (const quote of quotes) {
    if (!rest.some((term) => countMatches(quote, [term]).allTerms)) continue;
    const parts = snippetParts(quote, terms);
    if (parts)
      return (
        <q className="event-snippet" lang="en">
          <Marked parts={parts} />
        </q>
      );
  }
  return null;
}
