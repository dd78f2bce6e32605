import { resetAppStore, useAppStore } from '../store/store';
import { dataset, eventById } from './realDataset';

/** A quote that is in no article. */
export const MISSING_QUOTE = 'Words the article never printed.';

/** A fresh store holding the real dataset. */
export function loadRealDataset(): void {
  resetAppStore();
  useAppStore.getState().loadDataset(dataset);
}

/** The real dataset with one event's quote replaced by one its article does not hold (a broken dataset at run time). */
export function loadWithMissingQuote(id: string): void {
  const event = eventById(id);
  const sourceId = event.citations[0]?.sourceId ?? '';
  const broken = { ...event, citations: [{ sourceId, quote: MISSING_QUOTE }] };
  useAppStore.getState().loadDataset({ ...dataset, events: dataset.events.map((e) => (e.id === id ? broken : e)) });
}
