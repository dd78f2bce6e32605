import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './store';

/** The page's store, given by AppStoreProvider at the root of each render. */
export const AppStoreContext = createContext<AppStore | null>(null);

/** The page's store itself, for actions and reads in event handlers and effects. */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore needs an AppStoreProvider above it: each page render makes its own store');
  return store;
}

/** A slice of the page's state; the component re-renders when the slice changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
