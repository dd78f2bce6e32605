import * as v from 'valibot';
import { validateRelations } from './relationCheck';
import { TimelineConfigSchema } from './timelineConfig';
import type { DataProblem, Relation, TimelineEvent } from './types';
import { validateFileTranslations, validateTranslations } from './validateTranslations';
import { type DatasetInput, type ValidationResult, validateDataset } from './validateDataset';

export { validateRelations };

/**
 * The whole dataset, events and relations, and, when the timeline's description comes with it, the translations
 * into each language it declares: as `npm run validate-data` and the tests check it. Without the timeline's
 * description (a one-file dataset), the translations given are checked for what they translate.
 */
export function validateDatasetWithRelations(input: DatasetInput): ValidationResult {
  const read = validateDataset(input);
  const { relations, problems } = validateRelations(input.relations, read.dataset, read.rejected);
  const translated =
    input.timeline === undefined
      ? validateFileTranslations(input.translations ?? {}, { events: read.dataset.events, rejected: read.rejected, relations })
      : translationProblems(input.timeline, input.translations ?? {}, read.dataset.events, read.rejected, relations);
  return { ...read, dataset: { ...read.dataset, relations }, problems: [...read.problems, ...problems, ...translated] };
}

function translationProblems(
  timeline: unknown,
  files: Readonly<Record<string, unknown>>,
  events: readonly TimelineEvent[],
  rejected: ReadonlySet<string>,
  relations: readonly Relation[],
): DataProblem[] {
  const config = v.safeParse(TimelineConfigSchema, timeline);
  if (!config.success)
    return [{ kind: 'shape', path: ['timeline'], message: `timeline.json: ${config.issues.map((i) => i.message).join('; ')}` }];
  const { languages, tags, about } = config.output;
  return validateTranslations(files, { languages, events, rejected, relations, tags, curationPoints: about.curation.length });
}
