import { memo } from 'react';
import { segmentParagraph } from '../model/article';
import type { Citation, Source } from '../model/types';
import { quoteInArticle } from './articleText';
import { describePrinted } from './eventWords';

interface Props {
  readonly citation: Citation;
  readonly source: Source | undefined;
  readonly onShowInArticle: (sourceId: string, quote: string) => void;
}

/**
 * One citation: the verbatim quote highlighted inside its paragraph(s) of the article, and the article
 * as printed. A quote that is not in the loaded text is shown as recorded, with a warning.
 */
export const CitationView = memo(function CitationView({ citation, source, onShowInArticle }: Props) {
  const context = source && quoteInArticle(source, citation.quote);
  return (
    <figure className="citation">
      {context ? (
        <blockquote className="quote-in-context">
          {context.paragraphs.map((p) => (
            <p key={p.start}>
              {segmentParagraph(p, [{ ...context, key: 'quote' }]).map((s) =>
                s.keys.length > 0 ? <mark key={s.start}>{s.text}</mark> : <span key={s.start}>{s.text}</span>,
              )}
            </p>
          ))}
        </blockquote>
      ) : (
        <>
          <p className="quote-warning">
            <span aria-hidden="true">⚠ </span>
            {source
              ? 'This passage could not be found in the article as loaded. It is shown as the dataset records it.'
              : `This passage names a source (“${citation.sourceId}”) that is not loaded. It is shown as the dataset records it.`}
          </p>
          <blockquote className="quote-in-context">
            <p>
              <mark>{citation.quote}</mark>
            </p>
          </blockquote>
        </>
      )}
      {source && (
        <figcaption>
          <cite>{source.headline}</cite> <span className="citation-meta">{describePrinted(source)}</span>
        </figcaption>
      )}
      {source && context && (
        <button type="button" className="link-button show-in-article" onClick={() => onShowInArticle(source.id, citation.quote)}>
          Show in the article
        </button>
      )}
    </figure>
  );
});
