import { Suspense, lazy } from 'react';
import type { TimelineEvent } from '../model/types';

/** The links come in after the first screen (their data does too), so their list is a chunk of its own. */
const Links = lazy(() => import('./EventLinks').then((m) => ({ default: m.EventLinks })));

export function EventLinks({ event }: { readonly event: TimelineEvent }) {
  return (
    <Suspense fallback={null}>
      <Links event={event} />
    </Suspense>
  );
}
