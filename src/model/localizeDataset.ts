import type { DataTranslation } from './translations';
import { relationKey } from './translations';
import type { Dataset, Relation } from './types';

/**
 * The dataset as read in another language: each event's title, label and note, and each relation's note, in
 * its translation; quotes, sources and dates as they are. An event or relation without a translation keeps
 * its own words (the validator requires them all, so that happens only to a dataset it did not pass).
 */
export function localizeDataset(dataset: Dataset, translation: DataTranslation | undefined): Dataset {
  if (!translation) return dataset;
  const events = dataset.events.map((event) => {
    const words = translation.events[event.id];
    if (!words) return event;
    const { note, ...rest } = event;
    const localNote = words.note ?? note;
    return { ...rest, title: words.title, label: words.label, ...(localNote !== undefined && { note: localNote }) };
  });
  const relations = dataset.relations && localizeRelations(dataset.relations, translation);
  return { ...dataset, events, ...(relations && { relations }) };
}

/** Relations as read in another language: each note in its translation. */
export function localizeRelations(relations: readonly Relation[], translation: DataTranslation | undefined): readonly Relation[] {
  if (!translation) return relations;
  return relations.map((relation) => {
    const note = translation.relations[relationKey(relation)]?.note;
    return note === undefined || relation.note === undefined ? relation : { ...relation, note };
  });
}
