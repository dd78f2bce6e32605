// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { embedSnippet } from '../app/embedCode';
import { englishI18n } from '../testing/englishI18n';
import { type PrerenderedPage, renderPages } from './renderPages';

/**
 * Another topic's description in place of src/data/timeline.json: every name a page gives the site must
 * come from it, so none of the real name may be left anywhere in what the build writes.
 */
vi.mock('../data/timeline.json', async (importOriginal) => {
  const real = (await importOriginal<{ default: Record<string, unknown> }>()).default;
  return {
    default: {
      ...real,
      title: 'Rivers of <Europe> & "their" bridges',
      pageTitle: 'Rivers of <Europe>: a test timeline',
      description: 'A description of the rivers, for the test.',
    },
  };
});

const REAL_NAME = /Japan–South Korea relations/;
const parse = (html: string) =>
  new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head><body></body></html>`, 'text/html');
const content = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content');

describe("the pages' names for the site come from the timeline's description", () => {
  // React's development server renderer warns that layout effects do not run on the server, as intended.
  let pages: PrerenderedPage[] = [];
  beforeAll(async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    pages = await renderPages('https://example.org/rivers/');
    quiet.mockRestore();
  });

  it('names the site in every English page’s og:site_name and title by its page title, escaped', () => {
    expect(pages.length).toBeGreaterThan(2);
    // The Korean and Japanese pages name it as their translations do (src/data/translations/).
    for (const page of pages.filter((p) => p.language === 'en')) {
      const head = parse(page.head);
      expect(content(head, 'meta[property="og:site_name"]'), page.file).toBe('Rivers of <Europe>: a test timeline');
      expect(page.head, page.file).not.toMatch(REAL_NAME);
    }
    const root = parse(pages.find((p) => p.file === 'index.html')?.head ?? '');
    expect(root.title).toBe('Rivers of <Europe>: a test timeline');
    expect(content(root, 'meta[name="description"]')).toBe('A description of the rivers, for the test.');
    expect(parse(pages.find((p) => p.file === 'embed.html')?.head ?? '').title).toBe('Rivers of <Europe>: a test timeline (embedded)');
  });

  it('ends an event page’s title with the timeline’s title', () => {
    const head = parse(pages.find((p) => p.file === 'events/gsomia-extension.html')?.head ?? '');
    expect(head.title).toMatch(/^Seoul extends GSOMIA .* · Rivers of <Europe> & "their" bridges$/);
  });

  it('writes no other name for the site into the pages’ markup or the embed code', () => {
    for (const page of pages) expect(page.body, page.file).not.toMatch(REAL_NAME);
    const embed = new DOMParser().parseFromString(pages.find((p) => p.file === 'embed.html')?.body ?? '', 'text/html');
    expect(embed.querySelector('.embed-title')?.textContent).toBe('Rivers of <Europe> & "their" bridges');
    const frame = new DOMParser().parseFromString(
      embedSnippet('https://example.org/rivers/embed.html', englishI18n.t('embedCode.frameTitle', { title: englishI18n.timeline.title })),
      'text/html',
    );
    expect(frame.querySelector('iframe')?.getAttribute('title')).toBe('Timeline: Rivers of <Europe> & "their" bridges');
  });

  it('leaves the HTML templates to fill their title and description from it at build time', () => {
    for (const template of ['index.html', 'embed.html']) {
      const html = readFileSync(template, 'utf8');
      expect(html, template).not.toMatch(REAL_NAME);
      expect(html, template).toContain('%TIMELINE_PAGE_TITLE%');
      expect(html, template).toContain('content="%TIMELINE_DESCRIPTION%"');
    }
  });
});
