import { useI18n } from '../i18n/useI18n';
import { sourceById } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { richMessage } from './richMessage';

/**
 * The search's other answer: the articles whose text holds the searched words, beyond the quotes the events cite,
 * each with a way to read it there. A word the events do not carry can still be in the sources.
 */
export function SearchInArticles() {
  const { t } = useI18n();
  const query = useAppStore((s) => s.query);
  const inArticles = useAppStore((s) => s.searchDetail.inArticles);
  const moreArticles = useAppStore((s) => s.searchDetail.moreArticles);
  const sources = useAppStore((s) => s.dataset.sources);
  const openArticle = useAppStore((s) => s.openArticle);
  if (inArticles.length === 0) return null;
  return (
    <ul className="search-in-articles">
      {inArticles.map(({ sourceId, count }) => {
        const source = sourceById(sources, sourceId);
        if (!source) return null;
        return (
          <li key={sourceId}>
            <span>{richMessage(t, 'search.inArticles', { count, query, headline: <cite lang="en">{source.headline}</cite> })}</span>{' '}
            <button type="button" className="link-button" onClick={() => openArticle(sourceId)}>
              {t('search.openArticle')}
            </button>
          </li>
        );
      })}
      {moreArticles > 0 && <li>{t('search.inMoreArticles', { count: moreArticles, query })}</li>}
    </ul>
  );
}
