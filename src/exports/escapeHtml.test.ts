// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml';

describe('escaping text for HTML', () => {
  it('escapes every character that could end an attribute or open a tag', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('reads back as the same text in an element and in an attribute, with no element made', () => {
    const text = `<img src=x onerror=alert(1)> "quoted" & 'single' 한일 &amp;`;
    const doc = new DOMParser().parseFromString(`<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`, 'text/html');
    const p = doc.querySelector('p');
    expect(p?.textContent).toBe(text);
    expect(p?.getAttribute('title')).toBe(text);
    expect(doc.querySelector('img')).toBeNull();
  });
});
