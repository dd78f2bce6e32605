import { describe, expect, it } from 'vitest';
import { type Manifest, entriesOf, firstScreenFiles } from './firstScreen';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    isEntry: true,
    imports: ['_shared.js'],
    dynamicImports: ['src/exports/csv.ts'],
    css: ['assets/index-a.css'],
  },
  'embed.html': { file: 'assets/embed-b.js', isEntry: true, imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared-c.js', imports: ['_react.js'] },
  '_react.js': { file: 'assets/react-d.js', imports: ['_shared.js'] },
  'src/exports/csv.ts': { file: 'assets/csv-e.js', imports: ['_shared.js'], isEntry: false },
};

describe('firstScreenFiles', () => {
  it('follows static imports to the end, with their CSS, and leaves out what loads through import()', () => {
    expect(firstScreenFiles(manifest, 'index.html')).toEqual([
      'assets/index-a.css',
      'assets/index-a.js',
      'assets/react-d.js',
      'assets/shared-c.js',
    ]);
  });

  it('gives each page its own first screen', () => {
    expect(firstScreenFiles(manifest, 'embed.html')).toEqual(['assets/embed-b.js', 'assets/react-d.js', 'assets/shared-c.js']);
  });

  it('counts a stylesheet that belongs to no chunk (no CSS code splitting) in every page', () => {
    const oneStylesheet: Manifest = { ...manifest, 'style.css': { file: 'assets/style-f.css' } };
    expect(firstScreenFiles(oneStylesheet, 'embed.html')).toEqual([
      'assets/embed-b.js',
      'assets/react-d.js',
      'assets/shared-c.js',
      'assets/style-f.css',
    ]);
  });

  it('gives nothing for an entry the manifest does not have', () => {
    expect(firstScreenFiles(manifest, 'missing.html')).toEqual([]);
  });
});

describe('entriesOf', () => {
  it('lists the pages, not the lazy chunks', () => expect(entriesOf(manifest)).toEqual(['embed.html', 'index.html']));
});
