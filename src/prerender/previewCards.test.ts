import { describe, expect, it } from 'vitest';
import { englishI18n as en, japaneseI18n, koreanI18n } from '../testing/englishI18n';
import { datasetIn, eventIn } from '../testing/inLanguage';
import { dataset, eventById } from '../testing/realDataset';
import { eventPreviewCard, indexPreviewCard, previewImageFile, previewImages } from './previewCards';

describe('the preview cards of the English pages', () => {
  it('one per page: the timeline’s and every event’s, each in its own file', () => {
    const files = previewImages(dataset, en).map((image) => image.file);
    expect(files).toEqual(['og/index.png', ...dataset.events.map((e) => `og/${e.id}.png`)]);
    expect(previewImageFile(null, 'en')).toBe('og/index.png');
  });

  it("an event's card: its title, its date as the sources give it, its first quote in quotation marks, its sources", () => {
    const card = eventPreviewCard(eventById('forced-labor-rulings'), dataset, en);
    expect(card.title).toBe(eventById('forced-labor-rulings').title);
    expect(card.dateText).toBe('October 2018');
    expect(card.body).toEqual({ text: eventById('forced-labor-rulings').citations[0]?.quote, marks: ['“', '”'] });
    expect(card.sourcesText).toMatch(/^Sources?: /);
    expect(card.timeline.selectedId).toBe('forced-labor-rulings');
    expect(card.timeline.view.start).toBeLessThan(eventById('forced-labor-rulings').t0);
  });

  it('says when an event had not happened yet, and gives a date known by bounds as its bounds', () => {
    expect(eventPreviewCard(eventById('tokyo-export-control-talks'), dataset, en).dateText).toBe(
      'The week of 16 December 2019 · Announced',
    );
    expect(eventPreviewCard(eventById('previous-dg-trade-meeting'), dataset, en).dateText).toBe('In December 2016 or before');
  });

  it('the timeline’s card names every source', () => {
    const card = indexPreviewCard(dataset, en);
    for (const source of dataset.sources) expect(card.sourcesText).toContain(source.headline);
    expect(card.timeline.selectedId).toBeNull();
  });
});

describe('the preview cards of the Korean and Japanese pages', () => {
  it('are in each language’s folder', () => {
    expect(previewImages(datasetIn('ko'), koreanI18n).map((image) => image.file)).toEqual([
      'ko/og/index.png',
      ...dataset.events.map((e) => `ko/og/${e.id}.png`),
    ]);
    expect(previewImageFile('pact-1965', 'ja')).toBe('ja/og/pact-1965.png');
  });

  it('say the title, date, status and sources in the language; the quote and headline as printed', () => {
    const ko = eventPreviewCard(eventIn('ko', 'tokyo-export-control-talks'), datasetIn('ko'), koreanI18n);
    expect(ko.title).toBe(eventIn('ko', 'tokyo-export-control-talks').title);
    expect(ko.dateText).toBe('2019년 12월 16일 주간 · 발표');
    expect(ko.body?.text).toBe(eventById('tokyo-export-control-talks').citations[0]?.quote);
    expect(ko.sourcesText).toMatch(/^출처: /);
    const ja = eventPreviewCard(eventIn('ja', 'gsomia-extension'), datasetIn('ja'), japaneseI18n);
    expect(ja.dateText).toBe('2019年11月22日');
    expect(ja.sourcesText).toMatch(/^出典：Xinhua「Japanese, S. Korean senior trade officials/);
    expect(ja.timeline.words.language).toBe('ja');
    expect(indexPreviewCard(datasetIn('ja'), japaneseI18n).heading).toBe('出典付きの拡大・縮小できる年表');
  });
});
