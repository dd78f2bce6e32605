import { describe, expect, it } from 'vitest';
import { dataset, eventById } from '../testing/realDataset';
import { eventPreviewCard, indexPreviewCard, previewImageFile, previewImages } from './previewCards';

describe('the preview cards of the English pages', () => {
  it('one per page: the timeline’s and every event’s, each in its own file', () => {
    const files = previewImages(dataset).map((image) => image.file);
    expect(files).toEqual(['og/index.png', ...dataset.events.map((e) => `og/${e.id}.png`)]);
    expect(previewImageFile(null)).toBe('og/index.png');
  });

  it("an event's card: its title, its date as the sources give it, its first quote in quotation marks, its sources", () => {
    const card = eventPreviewCard(eventById('forced-labor-rulings'), dataset);
    expect(card.title).toBe(eventById('forced-labor-rulings').title);
    expect(card.dateText).toBe('October 2018');
    expect(card.body).toEqual({ text: eventById('forced-labor-rulings').citations[0]?.quote, marks: ['“', '”'] });
    expect(card.sourcesText).toMatch(/^Sources?: /);
    expect(card.timeline.selectedId).toBe('forced-labor-rulings');
    expect(card.timeline.view.start).toBeLessThan(eventById('forced-labor-rulings').t0);
  });

  it('says when an event had not happened yet, and gives a date known by bounds as its bounds', () => {
    expect(eventPreviewCard(eventById('tokyo-export-control-talks'), dataset).dateText).toBe('The week of 16 December 2019 · Announced');
    expect(eventPreviewCard(eventById('previous-dg-trade-meeting'), dataset).dateText).toBe('In December 2016 or before');
  });

  it('the timeline’s card names every source', () => {
    const card = indexPreviewCard(dataset);
    for (const source of dataset.sources) expect(card.sourcesText).toContain(source.headline);
    expect(card.timeline.selectedId).toBeNull();
  });
});
