import type { Dataset } from '../model/types';
import { LOCALES } from '../i18n/languages';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from './pseudoI18n';

/**
 * The pseudo-language wraps every message of the catalogue in ⟦…⟧. Rendered in it, a page may show only
 * wrapped words, the data's own words (titles, labels, notes, quotes, the sources' headlines and bylines, which
 * are data, not interface), and what Intl writes (dates, numbers). Any other word on screen, or in an accessible
 * name, a title or a placeholder, was written into a component instead of the catalogue.
 */

/** The data a page shows: its words, longest first, and everything the sources print. */
export interface Printed {
  /** Titles, labels, notes, quotes, date words, the sources' metadata: taken out of any text before it is judged. */
  readonly words: readonly string[];
  /** The sources' texts and the words above: a source's words quoted in a sentence (`lang="en"`) stand in one of these. */
  readonly printed: readonly string[];
  /**
   * A tool's own English (the validator's details of a problem, the importer's reasons) that a page shows whole, in
   * an element marked `lang="en"` and as such details (ENGLISH_DETAILS), a sentence of the catalogue saying so: they
   * stand there and nowhere else.
   */
  readonly details?: readonly string[];
}

/** The elements that hold a tool's own English words, inside a sentence of the catalogue that says they are English. */
export const ENGLISH_DETAILS = '[lang="en"][data-problem-details], [lang="en"][data-import-details]';

/** What a dataset prints, with the texts of its sources; a title is taken out before a label it contains. */
export function printedBy(dataset: Dataset, texts: readonly string[]): Printed {
  const words = [
    ...dataset.events.flatMap((e) => [
      e.title,
      e.label,
      e.note ?? '',
      ...e.citations.flatMap((c) => [c.quote, c.dating?.words ?? '']),
      ...(e.earliest?.basis ? [e.earliest.basis.words] : []),
      ...(e.latest?.basis ? [e.latest.basis.words] : []),
    ]),
    ...dataset.sources.flatMap((s) => [s.headline, s.byline, s.publisher, s.publishedAsPrinted]),
    ...(dataset.relations ?? []).map((r) => r.quote),
  ]
    .filter((w) => w.trim() !== '')
    .sort((a, b) => b.length - a.length);
  return { words, printed: [...texts, ...words] };
}

/** Month and weekday names as Intl writes them in English, long and short: dates are Intl's, not the catalogue's. */
const INTL_WORDS = (() => {
  const names = new Set<string>();
  for (const locale of ['en-GB', 'en-US']) {
    for (let month = 0; month < 12; month++) {
      const day = new Date(Date.UTC(2019, month, 1));
      for (const width of ['long', 'short', 'narrow'] as const) {
        names.add(new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' }).format(day));
      }
    }
    for (let d = 0; d < 7; d++) {
      const day = new Date(Date.UTC(2019, 10, 18 + d));
      for (const width of ['long', 'short'] as const)
        names.add(new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(day));
    }
  }
  return [...names].sort((a, b) => b.length - a.length);
})();

/** Language names as each language writes its own, which the picker shows in every language. */
const ENDONYMS = Object.values(LOCALES).map((l) => l.name);

/** What is left of a piece of text once data, Intl's words and the languages' names are taken out: words written elsewhere. */
function stray(text: string, data: Printed): string | undefined {
  let rest = text;
  for (const words of [...data.words, ...ENDONYMS]) rest = rest.split(words).join(' ');
  for (const name of INTL_WORDS) rest = rest.replace(new RegExp(`\\b${name}\\b`, 'g'), ' ');
  // The ordinal suffixes of numbers written as figures.
  rest = rest.replace(/\b\d+(st|nd|rd|th|s)\b/g, ' ');
  return /\p{L}{2,}/u.test(rest) ? rest.replace(/\s+/g, ' ').trim() : undefined;
}

/**
 * The text of a tree outside every wrapped message, piece by piece in document order. A message may hold elements
 * where its placeholders are, so that it opens in one text node and closes in a later one of the same element; the
 * elements it holds are values, not the catalogue's words, and are judged on their own. Words of the sources quoted
 * inside a sentence of the catalogue are marked as printed (`lang="en"`) and must stand in a source's text.
 */
function unwrappedText(root: ParentNode, data: Printed): { text: string; where: string }[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const pieces: { text: string; where: string }[] = [];
  /** How many messages are open among each element's own text nodes so far. */
  const open = new Map<Element | null, number>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('script, style')) continue;
    const text = node.textContent ?? '';
    const printed = parent?.closest('[lang="en"]');
    if (printed && root.contains(printed) && data.printed.some((words) => words.includes(text))) continue;
    // A text the search marks is cut into pieces at its marks: judged whole, as the element holding them shows it
    // (a snippet cut from a longer text with "…" at either end).
    const marked = parent?.tagName === 'MARK' ? parent.parentElement : parent?.querySelector(':scope > mark') ? parent : null;
    const whole = marked?.textContent?.replace(/^…|…$/gu, '') ?? '';
    if (marked && root.contains(marked) && whole !== '' && data.printed.some((words) => words.includes(whole))) continue;
    const details = parent?.closest(ENGLISH_DETAILS);
    if (details && root.contains(details) && details.textContent === text && data.details?.includes(text)) continue;
    let out = '';
    let depth = open.get(parent) ?? 0;
    for (const ch of text) {
      if (ch === PSEUDO_OPEN) depth++;
      else if (ch === PSEUDO_CLOSE) depth = Math.max(0, depth - 1);
      else if (depth === 0) out += ch;
    }
    open.set(parent, depth);
    pieces.push({ text: out, where: `<${parent?.tagName.toLowerCase()}>` });
  }
  return pieces;
}

const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** Every reader-visible or audible string of a tree that did not come from the catalogue, the data or Intl. */
export function strayWords(root: ParentNode, data: Printed): string[] {
  const found: string[] = [];
  for (const { text, where } of unwrappedText(root, data)) {
    const left = stray(text, data);
    if (left) found.push(`text "${left}" in ${where}`);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of READ_ATTRIBUTES) {
      const value = element.getAttribute(name);
      const left =
        value === null
          ? undefined
          : stray(
              unwrappedText(textOf(value), data)
                .map((p) => p.text)
                .join(''),
              data,
            );
      if (left) found.push(`${name} "${left}" on <${element.tagName.toLowerCase()}>`);
    }
  }
  return found;
}

/** A text as a tree of its own, to be read as a page's text is. */
export function textOf(value: string): ParentNode {
  const holder = document.createElement('div');
  holder.textContent = value;
  return holder;
}
