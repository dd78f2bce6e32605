import { Suspense, lazy } from 'react';
import type { TimelineEvent } from '../model/types';
import { useAppStore } from '../store/useAppStore';

/** The relations come in after the first screen (their data does too), so their list is a chunk of its own. */
const Relations = lazy(() => import('./EventRelations').then((m) => ({ default: m.EventRelations })));

/**
 * Nothing until the relations have loaded: a prerendered page and the first render in the browser then agree
 * (neither has them), and the server never meets a component it cannot render yet.
 */
export function EventRelations({ event }: { readonly event: TimelineEvent }) {
  const loaded = useAppStore((s) => s.dataset.relations !== undefined);
  if (!loaded) return null;
  return (
    <Suspense fallback={null}>
      <Relations event={event} />
    </Suspense>
  );
}
