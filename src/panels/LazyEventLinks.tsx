import { Suspense, lazy } from 'react';
import type { TimelineEvent } from '../model/types';
import { useAppStore } from '../store/useAppStore';

/** The links come in after the first screen (their data does too), so their list is a chunk of its own. */
const Links = lazy(() => import('./EventLinks').then((m) => ({ default: m.EventLinks })));

/**
 * Nothing until the links have loaded: a prerendered page and the first render in the browser then agree
 * (neither has them), and the server never meets a component it cannot render yet.
 */
export function EventLinks({ event }: { readonly event: TimelineEvent }) {
  const loaded = useAppStore((s) => s.dataset.links !== undefined);
  if (!loaded) return null;
  return (
    <Suspense fallback={null}>
      <Links event={event} />
    </Suspense>
  );
}
