import { describe, expect, it } from 'vitest';
import { validateDatasetWithRelations } from '../model/validateRelations';
import { dataset } from '../testing/realDataset';
import { hostileDataset } from '../testing/exportsHostileDataset';
import { datasetJsonText, readDatasetFile, serialiseDataset } from './datasetJson';

/** What the validator makes of the downloaded file's text. */
const reread = (text: string) => validateDatasetWithRelations(readDatasetFile(JSON.parse(text)));

describe('the dataset as one JSON file', () => {
  it('passes the validator and gives back the same dataset', () => {
    const back = reread(datasetJsonText(dataset));
    expect(back.problems).toEqual([]);
    expect(back.dataset).toEqual(dataset);
  });

  it('holds every article text, byte for byte', () => {
    const file = serialiseDataset(dataset);
    for (const source of dataset.sources) expect(file.texts[source.file]).toBe(source.text);
  });

  it('writes the records as the project writes its own files', () => {
    const file = serialiseDataset(dataset);
    const pact = file.events.find((e) => e.id === 'pact-1965');
    expect(pact).toMatchObject({
      start: '1965',
      status: 'happened',
      citations: [{ source: 'xinhua-2019-11-29', dating: { words: '1965', reference: '2019-11-29', resolved: '1965' } }],
    });
    expect(file.events.find((e) => e.id === 'japanese-colonial-rule')).toMatchObject({ start: '1910', end: '1945' });
    expect(file.sources[0]).toEqual(expect.objectContaining({ published: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }));
  });

  it('keeps hostile strings as they are', () => {
    const back = reread(datasetJsonText(hostileDataset));
    expect(back.problems).toEqual([]);
    expect(back.dataset).toEqual({ ...hostileDataset, relations: [] });
  });

  it('says what is missing from a file that is not a dataset', () => {
    expect(() => readDatasetFile([])).toThrow('is not a dataset');
    expect(() => readDatasetFile({ sources: [], events: [] })).toThrow('has no "texts"');
    expect(() => readDatasetFile({ sources: [], events: [], texts: { 'a.txt': 3 } })).toThrow('texts["a.txt"] is not');
  });

  it('finds no text for a file named after a property every object has', () => {
    const input = readDatasetFile({ sources: [], events: [], texts: {} });
    expect(input.texts['constructor']).toBeUndefined();
  });
});
