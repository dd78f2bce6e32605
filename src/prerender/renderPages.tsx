import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { NoScriptReading } from '../app/NoScriptReading';
import { PageRoot } from '../app/PageRoot';
import { createPageStore } from '../app/startPage';
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
  /** The title, description and sharing tags. */
  readonly head: string;
  /** The app's markup, for the root element. */
  readonly body: string;
  /** The page's entry in sitemap.xml; none for the embed, or without the site's address. */
  readonly sitemap?: SitemapEntry;
}

/** Renders a page's first screen with a store of its own, set up exactly as the browser will set it up. */
function render(search: string, element: (store: AppStore) => React.ReactElement): string {
  return renderToString(element(createPageStore(search)));
}

/**
 * Every page of the site, prerendered from the app's own components: the timeline's root page, one
 * page per event (that event selected, on its own view), and the embed. `siteUrl` is the site's public
 * address (ending in `/`), for `og:url` and the canonical link; without it those are left out.
 */
export function renderPages(siteUrl: string | undefined): PrerenderedPage[] {
  const page = (
    file: string,
    template: PrerenderedPage['template'],
    search: string,
    meta: PageMeta,
    element: (store: AppStore) => React.ReactElement,
    found?: PageDiscovery,
  ): PrerenderedPage => ({
    file,
    template,
    search,
    body: render(search, element),
    head: found ? `${headTags({ ...meta, image: found.image })}\n    ${jsonLdScript(found.structuredData)}` : headTags(meta),
    ...(found?.sitemap && { sitemap: found.sitemap }),
  });
  const reading = (store: AppStore) => <PageRoot store={store} withoutScript={<NoScriptReading />} />;
  const { dataset } = createPageStore('').getState();
  const index = siteMeta(siteUrl);
  const pages = [page('index.html', 'index.html', '', index, reading, indexDiscovery(dataset, index, siteUrl))];
  for (const event of dataset.events) {
    const file = eventPagePath(event.id);
    const url = siteUrl === undefined ? undefined : new URL(file, siteUrl).href;
    const meta = eventMeta(event, dataset.sources, url);
    pages.push(page(file, 'index.html', pageSearch(`/${file}`, ''), meta, reading, eventDiscovery(event, dataset, meta, file, siteUrl)));
  }
  const embed = (store: AppStore) => (
    <StrictMode>
      <AppStoreProvider store={store}>
        <EmbedApp />
      </AppStoreProvider>
    </StrictMode>
  );
  const site = siteMeta(undefined);
  pages.push(page('embed.html', 'embed.html', '', { ...site, title: `${site.title} (embedded)`, noindex: true }, embed));
  return pages;
}
