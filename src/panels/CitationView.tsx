import { memo } from 'react';
import { useI18n } from '../i18n/useI18n';
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
 * as printed. A quote that is not in the loaded text is shown as recorded, with a warning. The article's
 * words (quote, headline, byline, date as printed) are English whatever the page's language, and say so.
 */
export const CitationView = memo(function CitationView({ citation, source, onShowInArticle }: Props) {
  const { t } = useI18n();
  const context = source && quoteInArticle(source, citation.quote);
  return (
    <figure className="citation">
      {context ? (
        <blockquote className="quote-in-context" lang="en">
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
            {source ? t('citation.notFound') : t('citation.unknownSource', { source: citation.sourceId })}
          </p>
          <blockquote className="quote-in-context" lang="en">
            <p>
              <mark>{citation.quote}</mark>
            </p>
          </blockquote>
        </>
      )}
      {source && (
        <figcaption>
          <cite lang="en">{source.headline}</cite>{' '}
          <span className="citation-meta" lang="en">
            {describePrinted(source)}
          </span>
        </figcaption>
      )}
      {source && context && (
        <button type="button" className="link-button show-in-article" onClick={() => onShowInArticle(source.id, citation.quote)}>
          {t('citation.showInArticle')}
        </button>
      )}
    </figure>
  );
});
