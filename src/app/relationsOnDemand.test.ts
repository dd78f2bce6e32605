import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as bundled from '../data/dataset';
import { dataset as checked } from '../testing/realDataset';
import { type LanguagePack, loadLanguagePack } from './languagePack';
import { ensureRelations, loadRelationsOnSelection } from './relationsOnDemand';
import { createPageStore } from './startPage';

vi.mock('../data/dataset', async (importOriginal) => {
  const original = await importOriginal<typeof bundled>();
  return { ...original, loadDatasetRelations: vi.fn(original.loadDatasetRelations) };
});
const fetches = vi.mocked(bundled.loadDatasetRelations);
beforeEach(() => fetches.mockClear());
let english: LanguagePack;
let korean: LanguagePack;
beforeAll(async () => {
  [english, korean] = await Promise.all([loadLanguagePack('en'), loadLanguagePack('ko')]);
});

describe('relations on demand', () => {
  it('fetches nothing for a page on which no event is selected, however its view changes', () => {
    const store = createPageStore('', english);
    loadRelationsOnSelection(store);
    store.getState().reportView({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2020, 0, 1) });
    store.getState().select(null);
    expect(fetches).not.toHaveBeenCalled();
    expect(store.getState().dataset.relations).toBeUndefined();
  });

  it('fetches the relations, once, when a reader first selects an event, and adds them to the dataset', async () => {
    const store = createPageStore('', english);
    loadRelationsOnSelection(store);
    store.getState().select('gsomia-extension');
    store.getState().select('gsomia-cancelled');
    await vi.waitFor(() => expect(store.getState().dataset.relations).toEqual(checked.relations));
    store.getState().select('pact-1965');
    expect(fetches).toHaveBeenCalledTimes(1);
  });

  it('fetches them at once on a page that opens on an event', async () => {
    const store = createPageStore('?event=gsomia-extension', english);
    loadRelationsOnSelection(store);
    expect(fetches).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(store.getState().dataset.relations).toEqual(checked.relations));
  });

  it('gives them to whoever asks before any selection (the dataset download), and keeps the problems already known', async () => {
    const store = createPageStore('', english);
    store.getState().loadDataset(store.getState().dataset, [{ kind: 'not-a-date', path: ['start'], message: 'known' }]);
    await ensureRelations(store);
    await ensureRelations(store);
    expect(fetches).toHaveBeenCalledTimes(1);
    expect(store.getState().dataset.relations).toEqual(checked.relations);
    expect(store.getState().datasetProblems).toEqual([{ kind: 'not-a-date', path: ['start'], message: 'known' }]);
  });

  it('gives their notes in the language of the page', async () => {
    const store = createPageStore('?event=gsomia-extension', korean);
    loadRelationsOnSelection(store, korean);
    await vi.waitFor(() => expect(store.getState().dataset.relations).toBeDefined());
    const relations = store.getState().dataset.relations ?? [];
    expect(relations).toHaveLength(checked.relations?.length ?? -1);
    const noted = relations.filter((r) => r.note !== undefined);
    expect(noted.length).toBeGreaterThan(0);
    for (const relation of noted) expect(relation.note).toMatch(/[\uac00-\ud7a3]/u);
  });

  it('fetches the words of what a selection opens with them, not before', () => {
    const store = createPageStore('', english);
    const words = { load: vi.fn(() => Promise.resolve()) };
    loadRelationsOnSelection(store, english, words);
    store.getState().reportView({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2020, 0, 1) });
    expect(words.load).not.toHaveBeenCalled();
    store.getState().select('gsomia-extension');
    expect(words.load).toHaveBeenCalled();
  });

  it('tries again after a fetch that failed', async () => {
    const store = createPageStore('', english);
    fetches.mockRejectedValueOnce(new Error('offline'));
    await expect(ensureRelations(store)).rejects.toThrow('offline');
    await ensureRelations(store);
    expect(fetches).toHaveBeenCalledTimes(2);
    expect(store.getState().dataset.relations).toEqual(checked.relations);
  });
});
