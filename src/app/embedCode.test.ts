// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedCode';

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

describe('the embed code', () => {
  it('frames the embed on the given view, and sizes it by messages from that origin only', () => {
    const code = embedSnippet('https://example.org/timeline/embed.html?event=gsomia-extension', 'Timeline: Japan–South Korea relations');
    const doc = parse(code);
    expect(doc.querySelector('iframe')?.getAttribute('src')).toBe('https://example.org/timeline/embed.html?event=gsomia-extension');
    expect(doc.querySelector('iframe')?.getAttribute('title')).toBe('Timeline: Japan–South Korea relations');
    expect(doc.querySelector('script')?.textContent).toContain(`e.origin !== "https://example.org"`);
    expect(doc.querySelector('script')?.textContent).toContain(`'timeline:height'`);
  });

  it('an address or a title with quotes and angle brackets stays inside its attribute', () => {
    const doc = parse(embedSnippet('https://example.org/embed.html?event="><img src=x onerror=alert(1)>', '"><img src=y>'));
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelector('iframe')?.getAttribute('title')).toBe('"><img src=y>');
    expect(doc.querySelector('iframe')?.getAttribute('src')).toBe('https://example.org/embed.html?event="><img src=x onerror=alert(1)>');
  });
});
