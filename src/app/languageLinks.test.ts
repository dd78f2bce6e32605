import { describe, expect, it } from 'vitest';
import { rebase } from '../../scripts/prerenderPlugin';
import { fromThisPage, languagePageHref, languagePagePath } from './languageLinks';

const site = 'https://example.org/timeline/';

describe('the same view in another language', () => {
  it('opens the language’s folder with the same query, English at the root', () => {
    expect(languagePageHref(`${site}?date=2019-11&span=6m`, 'ko', ['en'])).toBe(`${site}ko/?date=2019-11&span=6m`);
    expect(languagePageHref(`${site}ja/index.html?event=gsomia-extension`, 'ko', ['en'])).toBe(`${site}ko/?event=gsomia-extension`);
    expect(languagePageHref(`${site}ja/?date=1965`, 'en', ['en-GB'])).toBe(`${site}?date=1965`);
  });

  it('opens an event page’s own page in that language, keeping its query', () => {
    expect(languagePageHref(`${site}events/gsomia-extension.html?span=30d`, 'ja', ['en'])).toBe(
      `${site}ja/events/gsomia-extension.html?span=30d`,
    );
    expect(languagePageHref(`${site}ko/events/pact-1965.html`, 'en', ['en'])).toBe(`${site}events/pact-1965.html`);
  });

  it('drops lang=, which the folder now says, and the fragment a skip link left', () => {
    expect(languagePageHref(`${site}?lang=ja&date=2019#events-heading`, 'ja', ['en'])).toBe(`${site}ja/?date=2019`);
    expect(languagePageHref(`${site}?lang=ko`, 'ko', ['ko'])).toBe(`${site}ko/`);
  });

  it('keeps English English for a reader whose browser prefers another language the root page would follow', () => {
    expect(languagePageHref(`${site}ko/?date=2019`, 'en', ['ko-KR', 'en'])).toBe(`${site}?date=2019&lang=en`);
    expect(languagePageHref(`${site}?lang=ko&date=2019`, 'en', ['ja'])).toBe(`${site}?date=2019&lang=en`);
  });
});

describe("the picker's links before they are followed", () => {
  it('lead to the language’s page of what is shown, written as the build rebases them, so the browser hydrates them unchanged', () => {
    const cases = [
      ['index.html', null, 'ko', ''],
      ['ko/index.html', null, 'en', 'ko/'],
      ['ja/events/gsomia-extension.html', 'gsomia-extension', 'en', 'ja/events/gsomia-extension.html'],
      ['events/gsomia-extension.html', 'gsomia-extension', 'ja', 'events/gsomia-extension.html'],
    ] as const;
    for (const [file, selected, language, here] of cases) {
      const path = languagePagePath(selected, language);
      const server = rebase(`<a href="${fromThisPage(path, undefined)}">`, file.split('/').length - 1);
      expect(server, file).toBe(`<a href="${fromThisPage(path, `${site}${here}`)}">`);
      expect(new URL(fromThisPage(path, `${site}${here}`), `${site}${here}`).href, file).toBe(`${site}${path}`);
    }
  });
});
