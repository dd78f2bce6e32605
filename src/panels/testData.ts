import { loadDatasetFiles } from '../../scripts/loadDatasetFiles';
import { validateDataset } from '../model/validateDataset';
import { resetAppStore, useAppStore } from '../store/store';

/** A quote that is in no article. */
export const MISSING_QUOTE = 'Words the article never printed.';

/** The real dataset, read from disk and checked as the app checks it (for component tests). */
export const { dataset } = validateDataset(loadDatasetFiles('src/data'));

/** A fresh store holding the real dataset. */
export function loadRealDataset(): void {
  resetAppStore();
  useAppStore.getState().loadDataset(dataset);
}

export const eventById = (id: string) => {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the dataset`);
  return event;
};

/** The real dataset with one event's quote replaced by one its article does not hold (a broken dataset at run time). */
export function loadWithMissingQuote(id: string): void {
  const event = eventById(id);
  const sourceId = event.citations[0]?.sourceId ?? '';
  const broken = { ...event, citations: [{ sourceId, quote: MISSING_QUOTE }] };
  useAppStore.getState().loadDataset({ ...dataset, events: dataset.events.map((e) => (e.id === id ? broken : e)) });
}
