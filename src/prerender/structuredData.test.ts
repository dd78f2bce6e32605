// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { englishI18n as en, japaneseI18n } from '../testing/englishI18n';
import { datasetIn, eventIn } from '../testing/inLanguage';
import { dataset, eventById } from '../testing/realDataset';
import { type JsonLd, eventStructuredData, jsonLdScript, siteStructuredData } from './structuredData';

const facts = { title: 'A page', description: 'What it says' };

/** The data as a crawler reads it back from the page: the script element's text, parsed as JSON. */
function readBack(data: JsonLd): unknown {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head>${jsonLdScript(data)}</head><body></body></html>`, 'text/html');
  const scripts = doc.querySelectorAll('script');
  expect(scripts).toHaveLength(1);
  expect(scripts[0]?.getAttribute('type')).toBe('application/ld+json');
  return JSON.parse(scripts[0]?.textContent ?? '');
}

interface EventPage {
  '@type': string;
  about: { '@type': string; name: string; startDate?: string; endDate?: string; description: string };
  citation: {
    '@type': string;
    headline: string;
    publisher: { '@type': string; name: string };
    datePublished: string;
    hasPart: { text: string }[];
  }[];
  isPartOf: { '@type': string; '@id'?: string; name: string };
}

const eventPage = (id: string, extra = {}) =>
  readBack(eventStructuredData(eventById(id), dataset.sources, { ...facts, ...extra }, en)) as EventPage;

describe("an event page's JSON-LD", () => {
  it.each(dataset.events.map((e) => e.id))('for %s is a WebPage about the Event, citing each source it quotes with its quotes', (id) => {
    const event = eventById(id);
    const data = eventPage(id);
    expect(data['@type']).toBe('WebPage');
    expect(data.about).toMatchObject({ '@type': 'Event', name: event.title });
    const cited = new Set(event.citations.map((c) => c.sourceId));
    expect(data.citation).toHaveLength(cited.size);
    for (const citation of event.citations) {
      const source = dataset.sources.find((s) => s.id === citation.sourceId);
      const article = data.citation.find((a) => a.headline === source?.headline);
      expect(article).toMatchObject({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: source?.publisher } });
      expect(article?.datePublished).toBe(source?.published.iso);
      expect(article?.hasPart.map((q) => q.text)).toContain(citation.quote);
    }
  });

  it('dates an event at its own precision, and a period from start to end', () => {
    expect(eventPage('gsomia-extension').about).toMatchObject({ startDate: '2019-11-22' });
    expect(eventPage('forced-labor-rulings').about).toMatchObject({ startDate: '2018-10' });
    expect(eventPage('vienna-preparatory-talks').about).toMatchObject({ startDate: '2019-W49' });
    expect(eventPage('japanese-colonial-rule').about).toMatchObject({ startDate: '1910', endDate: '1945' });
  });

  it('gives a period still going on no end, and an event known only by bounds no date, only its bounds in words', () => {
    const ongoing = eventPage('tokyo-seoul-at-odds').about;
    expect(ongoing.startDate).toBe('2018-10');
    expect(ongoing.endDate).toBeUndefined();
    const bounded = eventPage('dispute-spreads-trade-security').about;
    expect(bounded.startDate).toBeUndefined();
    expect(bounded.endDate).toBeUndefined();
    expect(bounded.description).toContain('some time between October 2018 and 29 November 2019 (known only by bounds)');
  });

  it('is part of the timeline’s site, named by its address when the build knows it', () => {
    expect(eventPage('pact-1965').isPartOf).toEqual({ '@type': 'WebSite', name: expect.stringContaining('Japan–South Korea') });
    const withSite = eventPage('pact-1965', { siteUrl: 'https://example.org/t/', url: 'https://example.org/t/events/pact-1965.html' });
    expect(withSite.isPartOf['@id']).toBe('https://example.org/t/#website');
    expect(withSite).toMatchObject({
      '@id': 'https://example.org/t/events/pact-1965.html',
      url: 'https://example.org/t/events/pact-1965.html',
    });
  });
});

describe("the timeline page's JSON-LD", () => {
  it('describes the site, and its events as a dataset covering their years, drawn from the sources it names', () => {
    const data = readBack(siteStructuredData(dataset, { ...facts, siteUrl: 'https://example.org/t/' }, en)) as {
      '@graph': { '@type': string; temporalCoverage?: string; url?: string; citation?: { headline: string }[] }[];
    };
    const [site, set] = data['@graph'];
    expect(site).toMatchObject({ '@type': 'WebSite', url: 'https://example.org/t/' });
    expect(set).toMatchObject({ '@type': 'Dataset', temporalCoverage: '1910/2023' });
    expect(set?.citation?.map((c) => c.headline)).toEqual(dataset.sources.map((s) => s.headline));
  });
});

describe('the JSON-LD of a Japanese page', () => {
  it('is in Japanese, its articles and quotes marked English as printed', () => {
    const event = eventIn('ja', 'dispute-spreads-trade-security');
    const data = readBack(eventStructuredData(event, datasetIn('ja').sources, facts, japaneseI18n)) as EventPage & {
      inLanguage: string;
      citation: { inLanguage: string; hasPart: { inLanguage: string; text: string }[] }[];
    };
    expect(data.inLanguage).toBe('ja');
    expect(data.about.name).toBe(event.title);
    expect(data.about.description).toMatch(/^日付：2018年10月から2019年11月29日までの間（範囲のみ判明）。/);
    for (const article of data.citation) {
      expect(article.inLanguage).toBe('en');
      for (const quote of article.hasPart) expect(quote.inLanguage).toBe('en');
    }
    expect(data.citation[0]?.hasPart[0]?.text).toBe(eventById('dispute-spreads-trade-security').citations[0]?.quote);
    const site = readBack(siteStructuredData(datasetIn('ja'), facts, japaneseI18n)) as { '@graph': { inLanguage: string; name: string }[] };
    expect(site['@graph'].map((node) => node.inLanguage)).toEqual(['ja', 'ja']);
    expect(site['@graph'][1]?.name).toBe('日韓関係 1910–2023年');
  });
});

describe('jsonLdScript', () => {
  it('keeps hostile strings as data: nothing in them can close the element or open another', () => {
    const hostile = `</script><script>alert(1)</script><!-- \u2028 & "quoted" </SCRIPT >`;
    const data: JsonLd = { name: hostile, nested: [{ text: hostile }] };
    const html = jsonLdScript(data);
    expect(html.match(/<\/script/gi)).toHaveLength(1); // its own end tag only
    expect(html).not.toContain('<!--');
    expect(html).toContain('\\u003c/script\\u003e');
    expect(readBack(data)).toEqual(data);
  });
});
