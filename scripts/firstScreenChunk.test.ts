import { describe, expect, it } from 'vitest';
import { firstScreenChunk } from './firstScreenChunk';

/** A module graph: each module's static importers; the pages are the entries. */
function graph(importers: Record<string, string[]>, entries: string[]) {
  return {
    getModuleInfo: (id: string) =>
      id in importers || entries.includes(id) ? { isEntry: entries.includes(id), importers: importers[id] ?? [] } : null,
  };
}

describe('firstScreenChunk', () => {
  const g = graph(
    {
      'main.tsx': ['index.html'],
      'embed.tsx': ['embed.html'],
      'react.js': ['main.tsx', 'embed.tsx', 'lazy.tsx'],
      'list.tsx': ['main.tsx'],
      'lazy.tsx': [],
      'lazyOnly.ts': ['lazy.tsx'],
      'a.ts': ['b.ts', 'main.tsx'],
      'b.ts': ['a.ts'],
    },
    ['index.html', 'embed.html'],
  );

  it('puts what every page loads first into one shared chunk, even when a lazy chunk uses it too', () => {
    expect(firstScreenChunk()('react.js', g)).toBe('app');
  });

  it('gives what one page alone loads first to that page', () => {
    const name = firstScreenChunk();
    expect(name('list.tsx', g)).toBe('index-page');
    expect(name('embed.tsx', g)).toBe('embed-page');
  });

  it('leaves what only import() reaches to its lazy chunk', () => {
    const name = firstScreenChunk();
    expect(name('lazy.tsx', g)).toBeNull();
    expect(name('lazyOnly.ts', g)).toBeNull();
  });

  it('follows import cycles without looping and finds the page behind them', () => {
    const name = firstScreenChunk();
    expect(name('b.ts', g)).toBe('index-page');
    expect(name('a.ts', g)).toBe('index-page');
  });

  it('leaves the pages themselves alone', () => expect(firstScreenChunk()('unknown.ts', g)).toBeNull());
});
