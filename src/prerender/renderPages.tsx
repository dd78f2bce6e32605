import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { NoScriptReading } from '../app/NoScriptReading';
import { PageRoot } from '../app/PageRoot';
import { type LanguagePack, i18nOf, loadLanguagePack } from '../app/languagePack';
import { createPageStore } from '../app/startPage';
import type { I18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { I18nProvider } from '../i18n/I18nProvider';
import { EmbedApp } from '../embed/EmbedApp';
import { AppStoreProvider } from '../store/AppStoreProvider';
import type { AppStore } from '../store/store';
import { eventPagePath, pageSearch } from '../url/eventPage';
import { type PageMeta, eventMeta, headTags, siteMeta } from './headTags';
import { type PageDiscovery, eventDiscovery, indexDiscovery } from './pageDiscovery';
import type { SitemapEntry } from './sitemap';
import { jsonLdScript } from './structuredData';

/** One page the build writes: its file, the HTML page Vite built it from, and what goes into it. */
export interface PrerenderedPage {
  /** Relative to the output folder: `index.html`, `events/<id>.html`, `embed.html`. */
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

/** Renders a page's first screen with a store of its own, set up exactly as the browser will set it up. */
function render(search: string, pack: LanguagePack, element: (store: AppStore, i18n: I18n) => React.ReactElement): string {
  return renderToString(element(createPageStore(search, pack), i18nOf(pack)));
}

/**
 * Every page of the site, prerendered from the app's own components: the timeline's root page, one
 * page per event (that event selected, on its own view), and the embed. `siteUrl` is the site's public
 * address (ending in `/`), for `og:url` and the canonical link; without it those are left out.
 */
export async function renderPages(siteUrl: string | undefined): Promise<PrerenderedPage[]> {
  const pack = await loadLanguagePack('en');
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
    body: render(search, pack, element),
    head: found ? `${headTags({ ...meta, image: found.image })}\n    ${jsonLdScript(found.structuredData)}` : headTags(meta),
    ...(found?.sitemap && { sitemap: found.sitemap }),
  });
  const reading = (store: AppStore, i18n: I18n) => <PageRoot store={store} i18n={i18n} withoutScript={<NoScriptReading />} />;
  const { dataset } = createPageStore('', pack).getState();
  const index = siteMeta(siteUrl);
  const pages = [page('index.html', 'index.html', '', index, reading, indexDiscovery(dataset, index, siteUrl))];
  for (const event of dataset.events) {
    const file = eventPagePath(event.id);
    const url = siteUrl === undefined ? undefined : new URL(file, siteUrl).href;
    const meta = eventMeta(event, dataset.sources, url);
    pages.push(page(file, 'index.html', pageSearch(`/${file}`, ''), meta, reading, eventDiscovery(event, dataset, meta, file, siteUrl)));
  }
  const embed = (store: AppStore, i18n: I18n) => (
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <AppStoreProvider store={store}>
          <EmbedApp />
        </AppStoreProvider>
      </I18nProvider>
    </StrictMode>
  );
  const site = siteMeta(undefined);
  pages.push(page('embed.html', 'embed.html', '', { ...site, title: `${site.title} (embedded)`, noindex: true }, embed));
  return pages;
}
