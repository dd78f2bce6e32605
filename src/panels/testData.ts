import { loadDatasetFiles } from '../../scripts/loadDatasetFiles';
import { validateDataset } from '../model/validateDataset';
import { resetAppStore, useAppStore } from '../store/store';

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
