/**
 * Why `npm run import-data` (and the dev server's "Save to project", which runs it) refuses a dataset file on its
 * own account, besides the validator's problems: a record already in the project's data with other fields, words
 * in another language already there with other words, an article's file. As data, so that the workbench can say
 * each in its reader's language; the importer prints its English line.
 */
export type ImportRefusal =
  /** A source or event under an id the project already has, or the same link (`name` its key), with these fields different. */
  | { readonly kind: 'record-differs'; readonly record: RefusedRecord; readonly name: string; readonly fields: readonly string[] }
  /** The words at `path` (`events.pact-1965.title`) of a language's file differ from the project's. */
  | { readonly kind: 'words-differ'; readonly language: string; readonly path: string }
  /** A source's article file name is not one name in the articles folder ending in `.txt`. */
  | { readonly kind: 'article-name'; readonly name: string; readonly file: string }
  /** The project's articles already hold a different text under that file name. */
  | { readonly kind: 'article-differs'; readonly name: string; readonly file: string }
  /** Words in a language the timeline does not list. */
  | { readonly kind: 'language-unknown'; readonly language: string };

const RECORDS = ['source', 'event', 'relation'] as const;
type RefusedRecord = (typeof RECORDS)[number];

const isText = (value: unknown): value is string => typeof value === 'string';

/** A refusal as an answer carries it, if it has one of the shapes above; anything else is not one. */
export function readImportRefusal(value: unknown): ImportRefusal | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  switch (r['kind']) {
    case 'record-differs': {
      const { record, name, fields } = r;
      if (!(RECORDS as readonly unknown[]).includes(record) || !isText(name) || !Array.isArray(fields) || !fields.every(isText))
        return undefined;
      return { kind: 'record-differs', record: record as RefusedRecord, name, fields };
    }
    case 'words-differ':
      return isText(r['language']) && isText(r['path']) ? { kind: 'words-differ', language: r['language'], path: r['path'] } : undefined;
    case 'article-name':
    case 'article-differs':
      return isText(r['name']) && isText(r['file']) ? { kind: r['kind'], name: r['name'], file: r['file'] } : undefined;
    case 'language-unknown':
      return isText(r['language']) ? { kind: 'language-unknown', language: r['language'] } : undefined;
    default:
      return undefined;
  }
}
