import { describe, expect, it } from 'vitest';
import ja from '../data/translations/ja.json';
import ko from '../data/translations/ko.json';
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

describe('translations in the one-file dataset', () => {
  const translations = { ko: { events: ko.events, relations: ko.relations }, ja: { events: ja.events, relations: ja.relations } };

  it("are written when given, read back, and pass the validator as the folder's do", () => {
    const text = datasetJsonText(dataset, translations);
    expect(JSON.parse(text)).toMatchObject({ translations });
    const input = readDatasetFile(JSON.parse(text));
    expect(input.translations).toEqual(translations);
    expect(validateDatasetWithRelations(input).problems).toEqual([]);
  });

  it('are left out when not given', () => {
    expect(serialiseDataset(dataset)).not.toHaveProperty('translations');
    expect(readDatasetFile(JSON.parse(datasetJsonText(dataset)))).not.toHaveProperty('translations');
  });

  it('are checked event by event: a label too long, an event untranslated, an event the file does not hold', () => {
    const first = 'pact-1965';
    const second = 'japanese-colonial-rule';
    const { [second]: untranslated, ...events } = ko.events as Record<string, { title: string; label: string; note?: string }>;
    expect(untranslated).toBeDefined();
    events[first] = { ...ko.events[first], label: '가'.repeat(31) };
    events['no-such-event'] = { title: '없는 사건', label: '없음' };
    const { problems } = reread(datasetJsonText(dataset, { ko: { events, relations: ko.relations } }));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'label-too-long', eventId: first, path: ['translations', 'ko', 'events', first, 'label'] }),
        expect.objectContaining({ kind: 'missing-translation', eventId: second }),
        expect.objectContaining({ kind: 'unknown-translation', path: ['translations', 'ko', 'events', 'no-such-event'] }),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it("may carry a language's other words alone, checked for their shape", () => {
    const words = { tags: { history: '역사' }, statuses: ko.statuses };
    expect(reread(datasetJsonText(dataset, { ko: words })).problems).toEqual([]);
    const { problems } = reread(datasetJsonText(dataset, { ko: { tags: { history: '' } } }));
    expect(problems).toEqual([expect.objectContaining({ kind: 'shape', path: ['translations', 'ko', 'tags', 'history'] })]);
  });

  it('says so when they are not by language', () => {
    const file = JSON.parse(datasetJsonText(dataset)) as Record<string, unknown>;
    expect(() => readDatasetFile({ ...file, translations: [] })).toThrow('"translations" that are not the translations by language');
    expect(() => readDatasetFile({ ...file, translations: { ko: 'hello' } })).toThrow('translations["ko"] is not');
  });
});
