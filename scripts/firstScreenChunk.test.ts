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

  it('leaves to the bundler what only a page that is not a reader’s loads first, even when a reader’s lazy chunk uses it', () => {
    const withWorkbench = graph(
      {
        'main.tsx': ['index.html'],
        'curate.tsx': ['curate.html'],
        'react.js': ['main.tsx', 'curate.tsx'],
        'saveFile.ts': ['curate.tsx', 'lazy.tsx'],
        'lazy.tsx': [],
      },
      ['index.html', 'curate.html'],
    );
    const name = firstScreenChunk(['index.html', 'embed.html']);
    expect(name('saveFile.ts', withWorkbench)).toBeNull();
    expect(name('curate.tsx', withWorkbench)).toBeNull();
    // What a reader's page and the workbench share is still the readers' shared chunk.
    expect(name('react.js', withWorkbench)).toBe('app');
    // Without the list, every page is grouped, the workbench too: the lazy chunk would then import its page.
    expect(firstScreenChunk()('saveFile.ts', withWorkbench)).toBe('curate-page');
  });

  it('leaves the pages themselves alone', () => expect(firstScreenChunk()('unknown.ts', g)).toBeNull());
});
