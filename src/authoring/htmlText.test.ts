// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../exports/escapeHtml';
import { decodeHtmlEntities, htmlToPlainLine, htmlToPlainText } from './htmlText';

/** What a browser shows of the same HTML, for comparison only (jsdom parses it; the code under test does not). */
const browserText = (html: string): string => {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return (doc.body.textContent ?? '').replace(/[ \t\n\f\r]+/g, ' ').trim();
};

describe('decoding character references', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeHtmlEntities('&lt;b&gt; &quot;x&quot; &#39;y&#x27; &ldquo;z&rdquo; &nbsp;')).toBe('<b> "x" \'y\' “z” \u00A0');
  });

  it('decodes once: an escaped reference stays a reference', () => {
    expect(decodeHtmlEntities('&amp;lt;script&amp;gt;')).toBe('&lt;script&gt;');
  });

  it('leaves unknown names and bare ampersands as written, and replaces impossible code points', () => {
    expect(decodeHtmlEntities('AT&T &unknown; & &#0; &#xD800; &#1114112;')).toBe('AT&T &unknown; & \uFFFD \uFFFD \uFFFD');
  });

  it('gives back any text that escapeHtml wrote', () => {
    const text = `<img src=x onerror=alert(1)> "q" 'a' & &amp; 한일\nline`;
    expect(decodeHtmlEntities(escapeHtml(text))).toBe(text);
  });
});

describe('HTML to plain text', () => {
  it('keeps paragraphs and line breaks as lines, and collapses other whitespace', () => {
    expect(htmlToPlainText('<p>Three   astronauts\n died in a <b>cabin fire</b>.</p><p>Line<br/>two</p>')).toBe(
      'Three astronauts died in a cabin fire.\nLine\ntwo',
    );
  });

  it('drops scripts, styles and comments, which a reader never sees', () => {
    expect(htmlToPlainText('A<script>alert("<p>x</p>")</script>B<style>p{}</style><!-- hidden -->C')).toBe('ABC');
    expect(htmlToPlainText('before<script>never closed')).toBe('before');
  });

  it('removes tags whose attributes hold a ">"', () => {
    expect(htmlToPlainText('<a title="a > b" href=\'x>y\'>link</a> <img src=x onerror=alert(1)>text')).toBe('link text');
  });

  it('keeps escaped markup as text, decoded', () => {
    expect(htmlToPlainLine('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more')).toBe('<script>alert(1)</script> & more');
  });

  it('keeps a "<" that opens no tag', () => {
    expect(htmlToPlainText('1 < 2 and 3 <4')).toBe('1 < 2 and 3 <4');
  });

  it('reads what a browser shows, on the samples of a TimelineJS file', () => {
    for (const html of [
      '<p>Three astronauts died in a <b>cabin fire</b> &amp; the programme paused.</p>',
      '<blockquote data-quote>He said &quot;no&quot;</blockquote><p>— <cite>Headline</cite>, Publisher</p>',
      '<h2>Title</h2><ul><li>one</li><li>two</li></ul>',
    ]) {
      expect(htmlToPlainLine(html)).toBe(browserText(html.replace(/<\/(p|li|h2|blockquote)>/g, '</$1> ')));
    }
  });
});
