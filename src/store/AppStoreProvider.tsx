import type { ReactNode } from 'react';
import type { AppStore } from './store';
import { AppStoreContext } from './useAppStore';

/** Gives a render its own store (see createAppStore). */
export function AppStoreProvider({ store, children }: { readonly store: AppStore; readonly children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}
