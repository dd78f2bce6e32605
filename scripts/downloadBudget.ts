import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JS_BUDGET_GZIP_BYTES, kib } from './bundleSize';
import { type Manifest, firstScreenFiles } from './firstScreen';

/** Pages of the build that are tools, not reading: the budget is the reader's, so they are not counted. */
export const NOT_FOR_READERS: ReadonlySet<string> = new Set(['curate.html']);

/** A page a reader opens, the build's entry it starts from, and whether its address selects an event. */
export interface ReaderPage {
  readonly page: string;
  readonly entry: string;
  readonly selectsEvent: boolean;
  /** The language the page speaks: its language pack is part of what it starts with. */
  readonly language: string;
}

/** One file the server sent, with its size as sent and as a host would send it compressed (gzip, level 9). */
export interface Download {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

/** Every file a page's load fetched from the server, in the order asked, a file twice if it was fetched twice. */
export interface PageLoad {
  readonly page: string;
  readonly downloads: readonly Download[];
}

export interface PageVerdict {
  readonly page: string;
  readonly ok: boolean;
  /** The JS the page starts with (its scripts, its entry chunk and what that imports), gzip, every fetch counted. */
  readonly startJs: number;
  /** The JS of chunks loaded on demand that the load fetched anyway (on an event's page: what shows the event). */
  readonly laterJs: number;
  /** The JS of chunks fetched in idle time ahead of use (aheadOfUseChunks). */
  readonly aheadJs: number;
  readonly requests: number;
  readonly fetchedTwice: readonly string[];
  readonly message: string;
}

/**
 * The pages a reader opens, in each language (English at the root, `ko/`, `ja/`, as the build writes them): the
 * timeline, one event's own page (the first in the language's events/ folder; it is the timeline's page with that
 * event selected from the start) and the embed, which speaks the other languages with `?lang=`. A language whose
 * folder of pages is missing is an error, not measured on another page. Pages in NOT_FOR_READERS never count.
 */
export function readerPages(dist: string, languages: readonly string[] = ['en']): ReaderPage[] {
  const pages: ReaderPage[] = [];
  const embeds: ReaderPage[] = [];
  for (const language of languages) {
    const folder = language === 'en' ? '' : `${language}/`;
    const eventsDir = join(dist, folder, 'events');
    if (!existsSync(eventsDir)) throw new Error(`no ${folder}events/ in ${dist}: the build writes each language's pages in its folder`);
    const events = readdirSync(eventsDir)
      .filter((file) => file.endsWith('.html'))
      .sort();
    if (!events[0]) throw new Error(`no event page in ${eventsDir}`);
    pages.push(
      { page: `${folder}index.html`, entry: 'index.html', selectsEvent: false, language },
      { page: `${folder}events/${events[0]}`, entry: 'index.html', selectsEvent: true, language },
    );
    embeds.push({ page: `embed.html${language === 'en' ? '' : `?lang=${language}`}`, entry: 'embed.html', selectsEvent: false, language });
  }
  return [...pages, ...embeds].filter(({ page }) => !NOT_FOR_READERS.has(page.replace(/\?.*/, '')));
}

/** The manifest keys of a language's pack: its catalogue and the dataset's words in it (src/app/languagePack.ts). */
const languagePackKeys = (language: string): string[] => [`src/i18n/catalogues/${language}.ts`, `src/data/translations/${language}.json`];

/**
 * The build's chunks that a page starting from `entry` in `language` loads only on demand (through `import()`): not
 * its entry's static imports, and not its language's pack, which the page loads before it first renders.
 */
export function onDemandChunks(manifest: Manifest, entry: string, language = 'en'): ReadonlySet<string> {
  const start = new Set([entry, ...languagePackKeys(language)].flatMap((key) => firstScreenFiles(manifest, key)));
  return new Set(
    Object.values(manifest)
      .map((chunk) => chunk.file)
      .filter((file) => !start.has(file)),
  );
}

/**
 * The modules a page fetches in idle time once it is drawn, ahead of the reader's use (src/app/SearchField.tsx): the
 * search, and the dataset's words in the other languages, which it searches too. They are not what the first screen
 * needs: a reader who types finds them loaded. A reader whose browser asks to save data does not fetch them.
 */
const AHEAD_OF_USE: readonly RegExp[] = [/^src\/app\/searchController\.ts$/, /^src\/data\/translations\/[^/]+\.json$/];

/**
 * The build's chunks that a page starting from `entry` in `language` fetches ahead of use (AHEAD_OF_USE; the entries
 * with a search field only), less what the page starts with: a subset of its onDemandChunks.
 */
export function aheadOfUseChunks(manifest: Manifest, entry: string, language = 'en'): ReadonlySet<string> {
  if (entry !== 'index.html') return new Set();
  const onDemand = onDemandChunks(manifest, entry, language);
  const keys = Object.keys(manifest).filter((key) => AHEAD_OF_USE.some((pattern) => pattern.test(key)));
  return new Set(keys.flatMap((key) => firstScreenFiles(manifest, key)).filter((file) => onDemand.has(file)));
}

const isJs = (file: string): boolean => file.endsWith('.js');
const gzipOf = (downloads: readonly Download[]): number => downloads.reduce((sum, d) => sum + d.gzip, 0);

/**
 * Passes when the load fetched no file twice, the JS the page starts with is within the budget, and a page that
 * selects nothing fetched no chunk that loads on demand (those come when the reader asks for what they show) but
 * those it fetches ahead of use (`ahead`, aheadOfUseChunks), which are counted apart.
 */
export function judgePageLoad(
  load: PageLoad,
  reader: ReaderPage,
  onDemand: ReadonlySet<string>,
  ahead: ReadonlySet<string> = new Set(),
  budget = JS_BUDGET_GZIP_BYTES,
): PageVerdict {
  const times = new Map<string, number>();
  for (const { file } of load.downloads) times.set(file, (times.get(file) ?? 0) + 1);
  const fetchedTwice = [...times].filter(([, n]) => n > 1).map(([file]) => file);
  const js = load.downloads.filter((d) => isJs(d.file));
  const fetchedAhead = js.filter((d) => ahead.has(d.file));
  const later = js.filter((d) => onDemand.has(d.file) && !ahead.has(d.file));
  const startJs = gzipOf(js) - gzipOf(later) - gzipOf(fetchedAhead);
  const laterJs = gzipOf(later);
  const aheadJs = gzipOf(fetchedAhead);
  const problems = [
    ...(startJs > budget
      ? [`the JS it starts with, ${kib(startJs)} gzip, is over the ${kib(budget)} budget by ${kib(startJs - budget)}`]
      : []),
    ...(fetchedTwice.length > 0 ? [`fetched more than once: ${fetchedTwice.map((f) => `${f} (${times.get(f)}×)`).join(', ')}`] : []),
    ...(!reader.selectsEvent && later.length > 0
      ? [`with nothing selected it fetched chunks that load on demand: ${[...new Set(later.map((d) => d.file))].join(', ')}`]
      : []),
  ];
  const ok = problems.length === 0;
  const then = laterJs > 0 ? `, then ${kib(laterJs)} for the selected event (${kib(startJs + laterJs)} in all)` : '';
  const idle = aheadJs > 0 ? `, and ${kib(aheadJs)} in idle time ahead of use (the search)` : '';
  const message = ok
    ? `starts with JS ${kib(startJs)} gzip, within the ${kib(budget)} budget (${kib(budget - startJs)} to spare)${then}${idle}; each of ${times.size} files fetched once`
    : problems.join('; ');
  return { page: load.page, ok, startJs, laterJs, aheadJs, requests: load.downloads.length, fetchedTwice, message };
}

/** What a page's load fetched, file by file, and the verdict: for the console. */
export function describePageLoad(
  load: PageLoad,
  verdict: PageVerdict,
  onDemand: ReadonlySet<string>,
  ahead: ReadonlySet<string>,
): string[] {
  const when = (file: string): string => (ahead.has(file) ? '  (ahead of use)' : onDemand.has(file) ? '  (on demand)' : '');
  return [
    `${load.page}: ${verdict.requests} requests`,
    ...load.downloads.map((d) => `  ${d.file.padEnd(44)} ${kib(d.raw).padStart(10)} raw ${kib(d.gzip).padStart(10)} gzip${when(d.file)}`),
    verdict.ok ? `  Download budget: ${verdict.message}.` : `  Download budget FAILED: ${verdict.message}.`,
  ];
}
