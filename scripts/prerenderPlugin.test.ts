import { describe, expect, it } from 'vitest';
import { fillTemplate, rebase, siteUrlFrom } from './prerenderPlugin';

const TEMPLATE = `<!doctype html><html lang="en"><head>
    <meta name="color-scheme" content="light dark" />
    <title>Old title</title>
    <meta name="description" content="Old description" />
    <script type="module" crossorigin src="./assets/index.js"></script>
    <link rel="stylesheet" href="./assets/app.css">
  </head><body><div id="root"></div></body></html>`;

const page = {
  file: 'events/pact-1965.html',
  template: 'index.html',
  search: '?event=pact-1965',
  language: 'en',
  head: '<title>New</title>',
  body: '<p>Hi <a href="./events/x.html">x</a></p>',
} as const;

describe('the prerendered pages', () => {
  it('give a Korean page two folders down its language and URLs rebased from there', () => {
    const html = fillTemplate(TEMPLATE, { ...page, file: 'ko/events/pact-1965.html', language: 'ko' });
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('data-prerendered-lang="ko"');
    expect(html).toContain('href="../../assets/app.css"');
    expect(html).toContain('href="../../events/x.html"');
    expect(fillTemplate(TEMPLATE, page)).toContain('<html lang="en">');
    expect(() => fillTemplate(TEMPLATE.replace('<html lang="en">', '<html>'), page)).toThrow(/lang/);
  });

  it('put the page into the root element and its tags into the head, replacing the old title and description', () => {
    const html = fillTemplate(TEMPLATE, page);
    expect(html).toContain('<div id="root" data-prerendered-for="?event=pact-1965" data-prerendered-lang="en"><p>Hi');
    expect(html).toContain('<title>New</title>');
    expect(html).not.toContain('Old title');
    expect(html).not.toContain('Old description');
    expect(html).toContain('<noscript><link rel="stylesheet" href="../noscript.css" /></noscript>');
  });

  it('rebase every relative URL for a page one folder below the root, and leave the root page alone', () => {
    const html = fillTemplate(TEMPLATE, page);
    expect(html).toContain('href="../assets/app.css"');
    expect(html).toContain('href="../events/x.html"');
    expect(rebase('<a href="./a.html">', 0)).toBe('<a href="./a.html">');
    expect(rebase('<a href="https://example.org/./a">', 1)).toBe('<a href="https://example.org/./a">');
  });

  it('load the app through the loader that waits for the first paint, the app named relative to the loader', () => {
    const html = fillTemplate(TEMPLATE, page);
    expect(html).toContain('<script defer src="../start.js" data-app="./assets/index.js"></script>');
    expect(html).not.toContain('type="module"');
    expect(fillTemplate(TEMPLATE, { ...page, file: 'index.html' })).toContain(
      '<script defer src="./start.js" data-app="./assets/index.js">',
    );
    expect(() => fillTemplate(TEMPLATE.replace(/<script[^>]*><\/script>/, ''), page)).toThrow(/module script/);
  });

  it('apply the stored colour scheme in the head, before anything is drawn, from one folder up on an event page', () => {
    const html = fillTemplate(TEMPLATE, page);
    const theme = html.indexOf('<script src="../theme.js"></script>');
    expect(theme).toBeGreaterThan(0);
    expect(theme).toBeLessThan(html.indexOf('</head>'));
    expect(() => fillTemplate(TEMPLATE.replace('<meta name="color-scheme" content="light dark" />', ''), page)).toThrow(/color-scheme/);
  });

  it('preload the chunks the page starts with, at low priority, from one folder up on an event page', () => {
    const html = fillTemplate(TEMPLATE, page, ['assets/index.js', 'assets/app.js']);
    expect(html).toContain('<link rel="preload" as="script" crossorigin fetchpriority="low" href="../assets/index.js" />');
    expect(html).toContain('<link rel="preload" as="script" crossorigin fetchpriority="low" href="../assets/app.js" />');
    expect(html).not.toMatch(/prefetch|modulepreload/);
    expect(fillTemplate(TEMPLATE, { ...page, file: 'index.html' }, ['assets/app.js'])).toContain('href="./assets/app.js"');
  });

  it('refuse a template with nowhere to put the page', () => {
    expect(() => fillTemplate('<html><body></body></html>', page)).toThrow(/root/);
  });

  it('take the site address from SITE_URL as a folder, and refuse one that is not a web address', () => {
    expect(siteUrlFrom(undefined)).toBeUndefined();
    expect(siteUrlFrom('')).toBeUndefined();
    expect(siteUrlFrom('https://example.org/timeline')).toBe('https://example.org/timeline/');
    expect(siteUrlFrom('https://example.org/timeline/?x=1#y')).toBe('https://example.org/timeline/');
    expect(() => siteUrlFrom('example.org')).toThrow(/SITE_URL/);
    expect(() => siteUrlFrom('javascript:alert(1)')).toThrow(/SITE_URL/);
  });
});
