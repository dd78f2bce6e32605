import { validateRelations } from './relationCheck';
import { type DatasetInput, type ValidationResult, validateDataset } from './validateDataset';

export { validateRelations };

/** The whole dataset, events and relations, as `npm run validate-data` and the tests check it. */
export function validateDatasetWithRelations(input: DatasetInput): ValidationResult {
  const read = validateDataset(input);
  const { relations, problems } = validateRelations(input.relations, read.dataset, read.rejected);
  return { ...read, dataset: { ...read.dataset, relations }, problems: [...read.problems, ...problems] };
}
