import { vi } from 'vitest';

/**
 * What jsdom lacks and a page reads: the reader's media preferences (none of them matching, or those `matching`
 * picks, such as reduced motion) and a ResizeObserver for the frame's size. Undone by `vi.unstubAllGlobals()`.
 */
export function stubPageGlobals(matching: (query: string) => boolean = () => false): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: matching(query),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }));
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
}
