/**
 * Text out of the HTML that TimelineJS files carry in their headlines and texts, read as strings only: no
 * DOM parser sees the markup, so nothing in it can load or run. What a browser would not show as text
 * (comments, scripts, styles) is dropped, tags are removed, and character references are decoded once.
 */

/** The named references that TimelineJS files and spreadsheets write; any other stays as written. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  laquo: '«',
  raquo: '»',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;
const REPLACEMENT = '\uFFFD';

/** A character a numeric reference may stand for: not NUL, not a lone surrogate, within Unicode. */
function fromCodePoint(code: number): string {
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : REPLACEMENT;
}

/** `&lt;b&gt; &#39;x&#x27; &amp;amp;` → `<b> 'x' &amp;`, in one pass, so that nothing is decoded twice. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return (name !== undefined && NAMED[name]) || whole;
  });
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** Elements whose content is code, not text; an unclosed one runs to the end, as a browser reads it. */
const NOT_TEXT = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** A start or end tag; quoted attribute values may hold `>`. */
const TAG = /<\/?([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const BREAKING = new Set(['br', 'p', 'div', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'pre', 'hr']);
/** Whitespace as HTML collapses it (not the no-break space). */
const HTML_SPACE = /[ \t\n\f\r]+/g;

/**
 * The text a reader sees, one line per paragraph or line break: `<p>A &amp; <b>B</b></p><p>C</p>` → `A & B\nC`.
 * Runs of spaces and line breaks in the source collapse to one space, as in a browser.
 */
export function htmlToPlainText(html: string): string {
  const marked = html
    .replace(COMMENT, '')
    .replace(NOT_TEXT, '')
    .replace(HTML_SPACE, ' ')
    .replace(TAG, (_tag, name: string) => (BREAKING.has(name.toLowerCase()) ? '\n' : ''));
  return decodeHtmlEntities(marked)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The text on one line, as a headline reads: `Apollo<br>11` → `Apollo 11`. */
export const htmlToPlainLine = (html: string): string => htmlToPlainText(html).replaceAll('\n', ' ');
