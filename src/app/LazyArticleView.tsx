import { Suspense, lazy, useState } from 'react';
import { useAppStore } from '../store/useAppStore';

const ArticleView = lazy(() => import('../panels/ArticleView').then((m) => ({ default: m.ArticleView })));

/**
 * The article view, loaded when a reader first opens an article (it is not on the first screen, nor on a
 * prerendered page). Once loaded it stays mounted, so that closing it can hand focus back to its opener.
 */
export function LazyArticleView() {
  const open = useAppStore((s) => s.articleSourceId !== null);
  const [wanted, setWanted] = useState(open);
  if (open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <ArticleView />
    </Suspense>
  );
}
