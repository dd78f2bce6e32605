// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EmbedApp } from '../embed/EmbedApp';
import { I18nProvider } from '../i18n/I18nProvider';
import { LOCALES } from '../i18n/languages';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoI18n } from '../testing/pseudoI18n';
import { dataset, datasetFiles, eventById } from '../testing/realDataset';
import { loadLanguagePack } from './languagePack';
import { NoScriptReading } from './NoScriptReading';
import { PageRoot } from './PageRoot';
import { createPageStore } from './startPage';
import { stubPageGlobals } from '../testing/pageGlobals';

/**
 * The pseudo-language wraps every message of the catalogue in ⟦…⟧. Rendered in it, a page may show only
 * wrapped words, the dataset's own words (titles, labels, notes, quotes, the sources' headlines and bylines,
 * which are data, not interface), and what Intl writes (dates, numbers). Any other word on screen, or in an
 * accessible name, a title or a placeholder, was written into a component instead of the catalogue.
 */

/** The dataset's words, longest first, so that a title is taken out before a label it contains. */
const DATA_WORDS = [
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

/** Everything the sources print: a source's words quoted in a sentence of the catalogue stand in one of these. */
const PRINTED = [...Object.values(datasetFiles.texts), ...DATA_WORDS];

/** What is left of a piece of text once data, Intl's words and the languages' names are taken out: words written elsewhere. */
function stray(text: string): string | undefined {
  let rest = text;
  for (const words of [...DATA_WORDS, ...ENDONYMS]) rest = rest.split(words).join(' ');
  for (const name of INTL_WORDS) rest = rest.replace(new RegExp(`\\b${name}\\b`, 'g'), ' ');
  // The ordinal suffixes of numbers written as figures.
  rest = rest.replace(/\b\d+(st|nd|rd|th|s)\b/g, ' ');
  return /\p{L}{2,}/u.test(rest) ? rest.replace(/\s+/g, ' ').trim() : undefined;
}

/**
 * The text of a tree outside every wrapped message, piece by piece in document order (a message may hold
 * elements, so that it opens in one text node and closes in another). Words of the sources quoted inside a
 * sentence of the catalogue are marked as printed (`lang="en"`) and must stand in a source's text.
 */
function unwrappedText(root: ParentNode): { text: string; where: string }[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const pieces: { text: string; where: string }[] = [];
  let depth = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('script, style')) continue;
    const text = node.textContent ?? '';
    const printed = parent?.closest('[lang="en"]');
    if (printed && root.contains(printed) && PRINTED.some((words) => words.includes(text))) continue;
    let out = '';
    for (const ch of text) {
      if (ch === PSEUDO_OPEN) depth++;
      else if (ch === PSEUDO_CLOSE) depth = Math.max(0, depth - 1);
      else if (depth === 0) out += ch;
    }
    pieces.push({ text: out, where: `<${parent?.tagName.toLowerCase()}>` });
  }
  return pieces;
}

const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** Every reader-visible or audible string of a tree that did not come from the catalogue, the data or Intl. */
function strayWords(root: ParentNode): string[] {
  const found: string[] = [];
  for (const { text, where } of unwrappedText(root)) {
    const left = stray(text);
    if (left) found.push(`text "${left}" in ${where}`);
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of READ_ATTRIBUTES) {
      const value = element.getAttribute(name);
      const left =
        value === null
          ? undefined
          : stray(
              unwrappedText(textOf(value))
                .map((p) => p.text)
                .join(''),
            );
      if (left) found.push(`${name} "${left}" on <${element.tagName.toLowerCase()}>`);
    }
  }
  return found;
}

/** An attribute's value as a tree of its own, to be read as text is. */
function textOf(value: string): ParentNode {
  const holder = document.createElement('div');
  holder.textContent = value;
  return holder;
}

beforeEach(() => {
  history.replaceState(null, '', '/');
  stubPageGlobals();
});
afterEach(() => vi.unstubAllGlobals());

describe('in a pseudo-language that wraps every message', () => {
  it('finds its own words: an English word written into a component would be left over', () => {
    const words = (text: string) => strayWords(textOf(text));
    expect(words(`${PSEUDO_OPEN}Events${PSEUDO_CLOSE} 12 November 2019`)).toEqual([]);
    expect(words(`${PSEUDO_OPEN}Events${PSEUDO_CLOSE} and more`)).toEqual(['text "and more" in <div>']);
    expect(words(eventById('gsomia-extension').title)).toEqual([]);
  });

  it.each([
    ['the timeline', ''],
    ['an event’s page, its sources open', '?event=gsomia-extension'],
    ['an event dated by bounds', '?event=relations-worst'],
    ['a view with a notice', '?date=banana&event=nonsense&span=-4'],
    ['a search', '?q=GSOMIA'],
    ['a search that finds nothing', '?q=zzzzqqq'],
  ])('the page of %s shows no word from outside the catalogue', async (_name, search) => {
    const pack = await loadLanguagePack('en');
    const view = render(<PageRoot store={createPageStore(search, pack)} i18n={pseudoI18n} />);
    // Lazy parts (the relations, the matched snippets) settle.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(view.container.textContent).toContain(PSEUDO_OPEN);
    expect(strayWords(view.container)).toEqual([]);
  });

  it('the embed shows no word from outside the catalogue', async () => {
    const pack = await loadLanguagePack('en');
    const view = render(
      <I18nProvider i18n={pseudoI18n}>
        <AppStoreProvider store={createPageStore('?event=gsomia-extension', pack)}>
          <EmbedApp />
        </AppStoreProvider>
      </I18nProvider>,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(view.container.textContent).toContain(PSEUDO_OPEN);
    expect(strayWords(view.container)).toEqual([]);
  });

  it('a prerendered page, its reading without JavaScript included, shows no word from outside the catalogue', async () => {
    const pack = await loadLanguagePack('en');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const html = renderToString(
      <PageRoot store={createPageStore('?event=gsomia-extension', pack)} i18n={pseudoI18n} withoutScript={<NoScriptReading />} />,
    );
    quiet.mockRestore();
    // What a reader without JavaScript reads is the <noscript>'s content, parsed as the page it is.
    const doc = new DOMParser().parseFromString(html.replace(/<\/?noscript>/g, ''), 'text/html');
    expect(doc.body.textContent).toContain(PSEUDO_OPEN);
    expect(strayWords(doc.body)).toEqual([]);
  });
});
