/** Hangul, kana, CJK ideographs and full-width forms: about as wide as two Latin letters. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** How many Latin letters' room a text takes: a wide character two, any other one. */
export const textColumns = (text: string): number => [...text].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);

/** The longest start of `text` that fits `columns`, whole characters only (at least one, so that a line always moves on). */
function fittingStart(text: string, columns: number): string {
  const chars = [...text];
  let end = 0;
  for (let used = 0; end < chars.length; end++) {
    used += textColumns(chars[end] ?? '');
    if (used > columns) break;
  }
  return chars.slice(0, Math.max(end, 1)).join('');
}

/**
 * Splits text into lines of at most `chars` columns (a Latin letter one, Hangul or kana two), at spaces where it
 * can; a word longer than a line (a link, a Japanese sentence, which has no spaces) is cut where the line ends.
 */
export function wrapText(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (textColumns(joined) <= chars) line = joined;
    else {
      if (line !== '') lines.push(line);
      let rest = word;
      while (textColumns(rest) > chars) {
        const start = fittingStart(rest, chars);
        lines.push(start);
        rest = rest.slice(start.length);
      }
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
