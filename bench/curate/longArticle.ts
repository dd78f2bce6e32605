import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * An article of at least `words` words made of the project's articles, copy after copy, each copy varied so
 * that no two read alike: its years moved back by the copy's number, its weekdays and months rotated.
 */
export function longArticle(words: number, articlesDir = 'src/data/articles'): string {
  const sources = ['000_c6616dc133996297.txt', '004_e22dcf4a4fde168f.txt'].map((file) => readFileSync(join(articlesDir, file), 'utf8'));
  const copies: string[] = [];
  for (let copy = 0; wordCount(copies.join('\n\n')) < words; copy++) {
    const source = sources[copy % sources.length] ?? '';
    const rotate = (list: readonly string[]) => (name: string) => list[(list.indexOf(name) + copy) % list.length] ?? name;
    copies.push(
      source
        .replace(/\b(19|20)\d\d\b/g, (year) => String(Number(year) - copy))
        .replace(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'), rotate(WEEKDAYS))
        .replace(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'), rotate(MONTHS)),
    );
  }
  return copies.join('\n\n');
}
