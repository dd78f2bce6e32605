import type { Status } from './types';

/**
 * The dataset's own words in the languages it is read in (src/data/translations/<language>.json): what every
 * language has (the tags' and statuses' names), and what the languages other than the dataset's own (English)
 * translate (the timeline's title and About text, each event's title, label and note, each relation's note).
 * Quotes, headlines and bylines are never translated. The files are checked by src/model/translationSchema.ts.
 */

/** The tags' and statuses' names in one language. */
export interface DataWords {
  readonly tags: Readonly<Record<string, string>>;
  readonly statuses: Readonly<Record<Status, { readonly label: string; readonly meaning: string }>>;
}

/** The dataset's words translated into a language other than its own. */
export interface DataTranslation extends DataWords {
  readonly title: string;
  readonly pageTitle: string;
  readonly description: string;
  readonly about: { readonly sourcesNote: string; readonly curation: readonly string[] };
  readonly events: Readonly<Record<string, { readonly title: string; readonly label: string; readonly note?: string }>>;
  readonly relations: Readonly<Record<string, { readonly note: string }>>;
}

/** The key a relation's translated note is filed under: `"<from> <kind> <to> <source>"`. */
export const relationKey = (relation: {
  readonly from: string;
  readonly kind: string;
  readonly to: string;
  readonly sourceId: string;
}): string => `${relation.from} ${relation.kind} ${relation.to} ${relation.sourceId}`;

/** A relation's ends, from the key its note is filed under (`"<from> <kind> <to> <source>"`). */
export function relationEnds(key: string): { readonly from: string; readonly to: string } {
  const [from = '', , to = ''] = key.split(' ');
  return { from, to };
}
