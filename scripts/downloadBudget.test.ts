import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Download,
  type PageLoad,
  type ReaderPage,
  aheadOfUseChunks,
  judgePageLoad,
  onDemandChunks,
  readerPages,
} from './downloadBudget';
import type { Manifest } from './firstScreen';

const KIB = 1024;
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a.js',
    isEntry: true,
    imports: ['_app.js'],
    dynamicImports: ['src/data/relations.json', 'src/app/searchController.ts'],
  },
  'src/app/searchController.ts': { file: 'assets/searchController-s.js', imports: ['_highlight.js', '_app.js'] },
  '_highlight.js': { file: 'assets/highlight-t.js' },
  'embed.html': { file: 'assets/embed-b.js', isEntry: true, imports: ['_app.js'] },
  '_app.js': { file: 'assets/app-c.js' },
  'src/data/relations.json': { file: 'assets/relations-d.js', imports: ['_app.js'] },
  'src/i18n/catalogues/en.ts': { file: 'assets/en-f.js' },
  'src/i18n/catalogues/ko.ts': { file: 'assets/ko-g.js' },
  'src/data/translations/ko.json': { file: 'assets/ko-h.js' },
  'style.css': { file: 'assets/style-e.css' },
};
const onDemand = onDemandChunks(manifest, 'index.html');

const file = (name: string, gzip: number): Download => ({ file: name, raw: gzip * 3, gzip });
const page = 'index.html';
const timeline: ReaderPage = { page, entry: 'index.html', selectsEvent: false, language: 'en' };
const eventPage: ReaderPage = { page: 'events/pact-1965.html', entry: 'index.html', selectsEvent: true, language: 'en' };
const start = [file('index.html', 8 * KIB), file('start.js', KIB), file('assets/style-e.css', 6 * KIB), file('assets/app-c.js', 90 * KIB)];
const loadOf = (downloads: readonly Download[], name = page): PageLoad => ({ page: name, downloads });

describe('onDemandChunks', () => {
  it('names the chunks a page reaches only through import(), not those it starts with', () => {
    expect([...onDemand].sort()).toEqual([
      'assets/embed-b.js',
      'assets/highlight-t.js',
      'assets/ko-g.js',
      'assets/ko-h.js',
      'assets/relations-d.js',
      'assets/searchController-s.js',
    ]);
    expect([...onDemandChunks(manifest, 'embed.html')].sort()).toEqual([
      'assets/highlight-t.js',
      'assets/index-a.js',
      'assets/ko-g.js',
      'assets/ko-h.js',
      'assets/relations-d.js',
      'assets/searchController-s.js',
    ]);
  });

  it("counts the page's own language pack as what it starts with, and the other languages' as never needed", () => {
    expect([...onDemandChunks(manifest, 'index.html', 'ko')].sort()).toEqual([
      'assets/embed-b.js',
      'assets/en-f.js',
      'assets/highlight-t.js',
      'assets/relations-d.js',
      'assets/searchController-s.js',
    ]);
  });
});

describe('aheadOfUseChunks', () => {
  it("names the search and the other languages' words of the timeline's page, not what it starts with", () => {
    expect([...aheadOfUseChunks(manifest, 'index.html')].sort()).toEqual([
      'assets/highlight-t.js',
      'assets/ko-h.js',
      'assets/searchController-s.js',
    ]);
    // A Korean page starts with its own words.
    expect([...aheadOfUseChunks(manifest, 'index.html', 'ko')].sort()).toEqual(['assets/highlight-t.js', 'assets/searchController-s.js']);
  });

  it('names nothing for the embed, which has no search', () => {
    expect(aheadOfUseChunks(manifest, 'embed.html').size).toBe(0);
  });
});

describe('judgePageLoad', () => {
  it('passes a page that fetches each file once and starts with JS within the budget, counting its own scripts', () => {
    const verdict = judgePageLoad(loadOf([...start, file('assets/index-a.js', 8 * KIB)]), timeline, onDemand);
    expect(verdict).toMatchObject({ ok: true, startJs: 99 * KIB, laterJs: 0, requests: 5, fetchedTwice: [] });
  });

  it('fails a page that fetches a file twice, and counts the second fetch', () => {
    const verdict = judgePageLoad(loadOf([...start, file('assets/app-c.js', 90 * KIB)]), timeline, onDemand);
    expect(verdict.ok).toBe(false);
    expect(verdict.fetchedTwice).toEqual(['assets/app-c.js']);
    expect(verdict.startJs).toBe(181 * KIB);
    expect(verdict.message).toContain('fetched more than once: assets/app-c.js (2×)');
  });

  it('fails a page that starts with more JS than the budget', () => {
    const verdict = judgePageLoad(loadOf([...start, file('assets/index-a.js', 10 * KIB)]), timeline, onDemand);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toMatch(/101\.0 KiB gzip, is over the 100\.0 KiB budget by 1\.0 KiB/);
  });

  it('fails a page that selects nothing yet fetched a chunk that loads on demand', () => {
    const verdict = judgePageLoad(loadOf([...start, file('assets/relations-d.js', 2 * KIB)]), timeline, onDemand);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toContain('with nothing selected it fetched chunks that load on demand: assets/relations-d.js');
  });

  it("lets an event's page fetch what shows its event after it has started, and reports it", () => {
    const verdict = judgePageLoad(loadOf([...start, file('assets/relations-d.js', 2 * KIB)], eventPage.page), eventPage, onDemand);
    expect(verdict).toMatchObject({ ok: true, startJs: 91 * KIB, laterJs: 2 * KIB });
    expect(verdict.message).toContain('then 2.0 KiB for the selected event (93.0 KiB in all)');
  });

  it('counts what a page fetches in idle time ahead of use apart from what it starts with, and lets it', () => {
    const ahead = aheadOfUseChunks(manifest, 'index.html');
    const idle = [file('assets/searchController-s.js', 2 * KIB), file('assets/highlight-t.js', KIB), file('assets/ko-h.js', 7 * KIB)];
    const verdict = judgePageLoad(loadOf([...start, ...idle]), timeline, onDemand, ahead);
    expect(verdict).toMatchObject({ ok: true, startJs: 91 * KIB, laterJs: 0, aheadJs: 10 * KIB });
    expect(verdict.message).toContain('and 10.0 KiB in idle time ahead of use (the search)');
    // Without them named, the same load fetched chunks that load on demand.
    expect(judgePageLoad(loadOf([...start, ...idle]), timeline, onDemand).ok).toBe(false);
  });

  it('counts only scripts against the budget, not the page, its stylesheet or images', () => {
    const verdict = judgePageLoad(loadOf([...start, file('og/index.png', 200 * KIB)]), timeline, onDemand);
    expect(verdict).toMatchObject({ ok: true, startJs: 91 * KIB });
  });
});

describe('readerPages', () => {
  it("gives the timeline, the first event's page and the embed, and never the curators' page", () => {
    const dist = mkdtempSync(join(tmpdir(), 'reader-pages-'));
    mkdirSync(join(dist, 'events'));
    for (const name of ['pact-1965.html', 'gsomia-extension.html', 'notes.txt']) writeFileSync(join(dist, 'events', name), '');
    writeFileSync(join(dist, 'curate.html'), '');
    expect(readerPages(dist)).toEqual([
      { page: 'index.html', entry: 'index.html', selectsEvent: false, language: 'en' },
      { page: 'events/gsomia-extension.html', entry: 'index.html', selectsEvent: true, language: 'en' },
      { page: 'embed.html', entry: 'embed.html', selectsEvent: false, language: 'en' },
    ]);
  });

  it('gives the timeline and an event page in each language from its folder, and the embed with ?lang=', () => {
    const dist = mkdtempSync(join(tmpdir(), 'reader-pages-'));
    for (const folder of ['', 'ko/', 'ja/']) {
      mkdirSync(join(dist, folder, 'events'), { recursive: true });
      writeFileSync(join(dist, folder, 'events', 'pact-1965.html'), '');
    }
    expect(readerPages(dist, ['en', 'ko', 'ja']).map((p) => `${p.language} ${p.page}`)).toEqual([
      'en index.html',
      'en events/pact-1965.html',
      'ko ko/index.html',
      'ko ko/events/pact-1965.html',
      'ja ja/index.html',
      'ja ja/events/pact-1965.html',
      'en embed.html',
      'ko embed.html?lang=ko',
      'ja embed.html?lang=ja',
    ]);
  });

  it('fails on a language whose folder of pages the build did not write, rather than measure another page', () => {
    const dist = mkdtempSync(join(tmpdir(), 'reader-pages-'));
    mkdirSync(join(dist, 'events'));
    writeFileSync(join(dist, 'events', 'pact-1965.html'), '');
    expect(() => readerPages(dist, ['en', 'ko'])).toThrow(/no ko\/events\//);
  });
});
