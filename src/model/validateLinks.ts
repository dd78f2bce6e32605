import { validateLinks } from './linkCheck';
import { type DatasetInput, type ValidationResult, validateDataset } from './validateDataset';

export { validateLinks };

/** The whole dataset, events and links, as `npm run validate-data` and the tests check it. */
export function validateDatasetWithLinks(input: DatasetInput): ValidationResult {
  const read = validateDataset(input);
  const { links, problems } = validateLinks(input.links, read.dataset, read.rejected);
  return { ...read, dataset: { ...read.dataset, links }, problems: [...read.problems, ...problems] };
}
