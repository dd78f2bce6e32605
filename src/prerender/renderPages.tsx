import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { NoScriptReading } from '../app/NoScriptReading';
import { PageRoot } from '../app/PageRoot';
import { type LanguagePack, i18nOf, loadLanguagePack } from '../app/languagePack';
import { createPageStore } from '../app/startPage';
import { type FullI18n, type I18n, createI18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/I18nProvider';
import { DEFAULT_LANGUAGE, type Language, TIMELINE_LANGUAGES, languageFolder } from '../i18n/languages';
import { fetchLaterCatalogue } from '../i18n/laterWords';
import { EmbedApp } from '../embed/EmbedApp';
import { TIMELINE } from '../model/timeline';
import type { Dataset } from '../model/types';
import { AppStoreProvider } from '../store/AppStoreProvider';
import type { AppStore } from '../store/store';
import { eventPagePath, pageSearch } from '../url/eventPage';
import { type PageAlternate, type PageMeta, eventMeta, headTags, siteMeta } from './headTags';
import { type PageDiscovery, eventDiscovery, indexDiscovery, siteFileUrl } from './pageDiscovery';
import type { SitemapEntry } from './sitemap';
import { jsonLdScript } from './structuredData';

/** One page the build writes: its file, the HTML page Vite built it from, and what goes into it. */
export interface PrerenderedPage {
  /** Relative to the output folder: `index.html`, `events/<id>.html`, `ko/index.html`, `ja/events/<id>.html`, `embed.html`. */
  readonly file: string;
  readonly template: 'index.html' | 'embed.html';
  /** The query string the markup was rendered for (the browser hydrates only when its page opens the same). */
  readonly search: string;
  /** The language the markup was rendered in (the browser hydrates only when its page speaks the same). */
  readonly language: Language;
  /** The title, description and sharing tags. */
  readonly head: string;
  /** The app's markup, for the root element. */
  readonly body: string;
  /** The page's entry in sitemap.xml; none for the embed, or without the site's address. */
  readonly sitemap?: SitemapEntry;
}

/** A language the pages are written in: its pack (as the browser loads it), every word of it, and the dataset in it. */
export interface PageLanguage {
  readonly pack: LanguagePack;
  /** The first screen's words, as the browser starts with them: what the app's markup is rendered with. */
  readonly screen: I18n;
  /** Every word, the later ones too: the head tags, the preview pictures, the reading without JavaScript. */
  readonly words: FullI18n;
  /** The dataset as the page shows it: titles, labels and notes in the language; quotes and sources as printed. */
  readonly dataset: Dataset;
}

/** Each language the timeline is read in, English first, ready to write its pages with. */
export async function pageLanguages(): Promise<PageLanguage[]> {
  return Promise.all(
    TIMELINE_LANGUAGES.map(async (language) => {
      const [pack, later] = await Promise.all([loadLanguagePack(language), fetchLaterCatalogue(language)]);
      const words = createI18n(language, pack.catalogue, pack.words, pack.translation ?? TIMELINE, later).later.read();
      return { pack, screen: i18nOf(pack), words, dataset: createPageStore('', pack).getState().dataset };
    }),
  );
}

/** Renders a page's first screen with a store of its own, set up exactly as the browser will set it up. */
function render(search: string, pack: LanguagePack, i18n: I18n, element: (store: AppStore, i18n: I18n) => React.ReactElement): string {
  return renderToString(element(createPageStore(search, pack), i18n));
}

/**
 * A page's versions in every language, as `pageFile` refers to them (absolute with the site's address), with
 * `x-default` for a reader whose language is none of them: the English page, which follows the browser's languages.
 */
function alternatesOf(path: (language: Language) => string, pageFile: string, siteUrl: string | undefined): PageAlternate[] {
  return [
    ...TIMELINE_LANGUAGES.map((language) => ({ hreflang: language, href: siteFileUrl(path(language), pageFile, siteUrl) })),
    { hreflang: 'x-default' as const, href: siteFileUrl(path(DEFAULT_LANGUAGE), pageFile, siteUrl) },
  ];
}

/**
 * Every page of the site, prerendered from the app's own components, in every language the timeline is read in
 * (English at the root, the others in their folder: `ko/`, `ja/`): the timeline's page, one page per event (that
 * event selected, on its own view), and the embed (English; it speaks the others with `?lang=`). `siteUrl` is the
 * site's public address (ending in `/`), for `og:url`, the canonical link and absolute alternates; without it the
 * first two are left out and the alternates are relative to the page.
 */
export async function renderPages(siteUrl: string | undefined): Promise<PrerenderedPage[]> {
  const languages = await pageLanguages();
  const urlOf = (file: string) => (siteUrl === undefined ? undefined : new URL(file, siteUrl).href);
  const pages: PrerenderedPage[] = [];
  for (const { pack, screen, words, dataset } of languages) {
    const page = (
      file: string,
      template: PrerenderedPage['template'],
      search: string,
      meta: PageMeta,
      element: (store: AppStore, i18n: I18n) => React.ReactElement,
      found?: PageDiscovery,
    ): PrerenderedPage => ({
      file,
      template,
      search,
      language: pack.language,
      body: render(search, pack, screen, element),
      head: found ? `${headTags({ ...meta, image: found.image })}\n    ${jsonLdScript(found.structuredData)}` : headTags(meta),
      ...(found?.sitemap && { sitemap: found.sitemap }),
    });
    // The reading without JavaScript is written by the server only (see PageRoot), with every word of the language.
    const withoutScript = (
      <I18nProvider i18n={words}>
        <NoScriptReading />
      </I18nProvider>
    );
    const reading = (store: AppStore, i18n: I18n) => <PageRoot store={store} i18n={i18n} withoutScript={withoutScript} />;

    const indexFile = `${languageFolder(pack.language)}index.html`;
    // The timeline's page is named by its folder (the site's address, or `ko/`), as links to it are written.
    const index = {
      ...siteMeta(words, urlOf(languageFolder(pack.language))),
      alternates: alternatesOf(languageFolder, indexFile, siteUrl),
    };
    pages.push(page(indexFile, 'index.html', '', index, reading, indexDiscovery(dataset, index, indexFile, siteUrl, words)));
    for (const event of dataset.events) {
      const file = eventPagePath(event.id, pack.language);
      const meta = {
        ...eventMeta(event, dataset.sources, words, urlOf(file)),
        alternates: alternatesOf((language) => eventPagePath(event.id, language), file, siteUrl),
      };
      const found = eventDiscovery(event, dataset, meta, file, siteUrl, words);
      pages.push(page(file, 'index.html', pageSearch(`/${file}`, ''), meta, reading, found));
    }
    if (pack.language !== DEFAULT_LANGUAGE) continue;
    const embed = (store: AppStore, i18n: I18n) => (
      <StrictMode>
        <I18nProvider i18n={i18n}>
          <AppStoreProvider store={store}>
            <EmbedApp />
          </AppStoreProvider>
        </I18nProvider>
      </StrictMode>
    );
    const site = siteMeta(words, undefined);
    pages.push(
      page('embed.html', 'embed.html', '', { ...site, title: words.t('page.embedTitle', { title: site.title }), noindex: true }, embed),
    );
  }
  return pages;
}
