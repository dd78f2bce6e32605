import { loadDatasetFiles } from '../../scripts/loadDatasetFiles';
import { validateDatasetWithRelations } from '../model/validateRelations';

/** The dataset's files as read from disk, before validation (for tests that break them on purpose). */
export const datasetFiles = loadDatasetFiles('src/data');

/** The real dataset, read from disk and checked as the app checks it. */
export const { dataset } = validateDatasetWithRelations(datasetFiles);

/** The event with this id in the real dataset; throws when there is none, so a test cannot pass on a missing event. */
export const eventById = (id: string) => {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the dataset`);
  return event;
};
