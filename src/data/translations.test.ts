import { describe, expect, it } from 'vitest';
import { STATUSES } from '../model/types';
import { STATUS_WORDS } from '../model/statusWords';
import events from './events.json';
import relations from './relations.json';
import timeline from './timeline.json';
import ja from './translations/ja.json';
import ko from './translations/ko.json';

/** The shape of a translation file: the dataset's own words in one language (see docs/data.md, "Translations"). */
interface Translation {
  readonly title: string;
  readonly pageTitle: string;
  readonly description: string;
  readonly about: { readonly sourcesNote: string; readonly curation: readonly string[] };
  readonly tags: Readonly<Record<string, string>>;
  readonly statuses: Readonly<Record<string, { readonly label: string; readonly meaning: string }>>;
  readonly events: Readonly<Record<string, { readonly title: string; readonly label: string; readonly note?: string }>>;
  readonly relations: Readonly<Record<string, { readonly note: string }>>;
}

/** One translated text beside the English it translates. */
interface Pair {
  readonly where: string;
  readonly kind: 'title' | 'label' | 'note' | 'other';
  readonly english: string;
  readonly translated: string;
}

const relationKey = (relation: { from: string; kind: string; to: string; source: string }) =>
  `${relation.from} ${relation.kind} ${relation.to} ${relation.source}`;

/** Every translated text with its English; a text the English lacks is paired with '' so the checks below fail on it. */
function pairs(t: Translation): Pair[] {
  const englishEvents = new Map(events.map((e) => [e.id, e]));
  const englishLinkNotes = new Map(relations.map((l) => [relationKey(l), 'note' in l ? l.note : '']));
  const other = (where: string, english: string | undefined, translated: string): Pair => ({
    where,
    kind: 'other',
    english: english ?? '',
    translated,
  });
  const status = (s: string) => ((STATUSES as readonly string[]).includes(s) ? STATUS_WORDS[s as (typeof STATUSES)[number]] : undefined);
  return [
    other('title', timeline.title, t.title),
    other('pageTitle', timeline.pageTitle, t.pageTitle),
    other('description', timeline.description, t.description),
    other('about.sourcesNote', timeline.about.sourcesNote, t.about.sourcesNote),
    ...t.about.curation.map((text, i) => other(`about.curation[${i}]`, timeline.about.curation[i], text)),
    ...Object.entries(t.tags).map(([tag, text]) => other(`tags.${tag}`, tag, text)),
    ...Object.entries(t.statuses).flatMap(([s, words]) => [
      other(`statuses.${s}.label`, status(s)?.label, words.label),
      other(`statuses.${s}.meaning`, status(s)?.meaning, words.meaning),
    ]),
    ...Object.entries(t.events).flatMap(([id, words]) => {
      const english = englishEvents.get(id);
      const eventPairs: Pair[] = [
        { where: `events.${id}.title`, kind: 'title', english: english?.title ?? '', translated: words.title },
        { where: `events.${id}.label`, kind: 'label', english: english?.label ?? '', translated: words.label },
      ];
      if (words.note !== undefined) {
        const note = english && 'note' in english ? english.note : '';
        eventPairs.push({ where: `events.${id}.note`, kind: 'note', english: note, translated: words.note });
      }
      return eventPairs;
    }),
    ...Object.entries(t.relations).map(([key, words]): Pair => ({
      where: `relations["${key}"].note`,
      kind: 'note',
      english: englishLinkNotes.get(key) ?? '',
      translated: words.note,
    })),
  ];
}

/** Every string anywhere in a parsed JSON value, with its path. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

const HANGUL = /\p{Script=Hangul}/u;
const KANA_OR_KANJI = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
const EAST_ASIAN = /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** Hangul, kana, kanji and full-width punctuation are drawn about twice as wide as Latin letters and digits. */
const WIDE = /[\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60]/u;
const columns = (text: string) => [...text].reduce((sum, ch) => sum + (WIDE.test(ch) ? 2 : 1), 0);

/** Text inside any quotation marks the three languages use: “…”, ‘…’, 「…」, 『…』, "…". */
const quoted = (text: string) =>
  [...text.matchAll(/“([^”]*)”|‘([^’]*)’|「([^」]*)」|『([^』]*)』|"([^"]*)"/gu)].map((m) => m.slice(1).join(''));
/** A quotation of the article's English: Latin letters and none of the target languages' scripts. */
const englishQuotations = (text: string) => quoted(text).filter((q) => /[A-Za-z]/.test(q) && !EAST_ASIAN.test(q));

const languages: readonly { code: string; file: Translation; script: RegExp; foreign: RegExp; reference: RegExp }[] = [
  { code: 'ko', file: ko, script: HANGUL, foreign: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, reference: /‘([^’]+)’ 참조/gu },
  { code: 'ja', file: ja, script: KANA_OR_KANJI, foreign: HANGUL, reference: /「([^」]+)」を参照/gu },
];

describe.each(languages)('the $code translation, against the English data', ({ file, script, foreign, reference }) => {
  it('translates every event of events.json and no other', () => {
    expect(Object.keys(file.events).sort()).toEqual(events.map((e) => e.id).sort());
  });

  it('has a note exactly where the English event has one', () => {
    const withNote = (ids: readonly [string, boolean][]) =>
      ids
        .filter(([, has]) => has)
        .map(([id]) => id)
        .sort();
    expect(withNote(Object.entries(file.events).map(([id, e]) => [id, e.note !== undefined]))).toEqual(
      withNote(events.map((e) => [e.id, 'note' in e])),
    );
  });

  it('translates the note of every relation that has one, under its "from kind to source" key, and no other', () => {
    const noted = relations.filter((l) => 'note' in l).map(relationKey);
    expect(new Set(noted).size).toBe(noted.length);
    expect(Object.keys(file.relations).sort()).toEqual(noted.sort());
  });

  it('names every tag of timeline.json and every status, and no other', () => {
    expect(Object.keys(file.tags)).toEqual(timeline.tags);
    expect(Object.keys(file.statuses)).toEqual([...STATUSES]);
  });

  it('has as many About points as timeline.json', () => {
    expect(file.about.curation).toHaveLength(timeline.about.curation.length);
  });

  it('leaves no text empty or padded', () => {
    const blank = strings(file).filter(({ text }) => text.trim() === '' || text !== text.trim());
    expect(blank).toEqual([]);
  });

  it('keeps every label within the validator’s 30 characters, and as narrow on screen as 12 wide characters', () => {
    const labels = Object.entries(file.events).map(([id, e]) => ({ id, label: e.label }));
    expect(labels.filter(({ label }) => [...label].length > 30)).toEqual([]);
    expect(labels.filter(({ label }) => columns(label) > 24).map(({ id, label }) => `${id}: ${label} (${columns(label)} columns)`)).toEqual(
      [],
    );
  });

  it('writes every text in its language: none left in English, none in the other language’s script', () => {
    const pairsOf = pairs(file);
    expect(pairsOf.filter((p) => !script.test(p.translated)).map((p) => `${p.where}: ${p.translated}`)).toEqual([]);
    expect(pairsOf.filter((p) => foreign.test(p.translated)).map((p) => `${p.where}: ${p.translated}`)).toEqual([]);
  });

  it('quotes the article’s English only verbatim, as the English text quotes it', () => {
    const changed = pairs(file).flatMap((p) =>
      englishQuotations(p.translated)
        .filter((q) => !p.english.includes(q))
        .map((q) => `${p.where}: “${q}” is not in “${p.english}”`),
    );
    expect(changed).toEqual([]);
  });

  it('keeps in English, in quotation marks, every word a note or About point quotes from the article', () => {
    const dropped = pairs(file)
      .filter((p) => p.kind === 'note' || p.where.startsWith('about.'))
      .flatMap((p) =>
        quoted(p.english)
          .filter((q) => !englishQuotations(p.translated).includes(q))
          .map((q) => `${p.where}: “${q}”`),
      );
    expect(dropped).toEqual([]);
  });

  it('claims no year in a title, label or note that the English does not give', () => {
    const added = pairs(file)
      .filter((p) => p.kind !== 'other')
      .flatMap((p) =>
        [...p.translated.matchAll(/\d{4}/g)].filter(([year]) => !p.english.includes(year)).map(([year]) => `${p.where}: ${year}`),
      );
    expect(added).toEqual([]);
  });

  it('refers to another event by that event’s label in the same language', () => {
    const labels = new Set(Object.values(file.events).map((e) => e.label));
    const references = Object.values(file.events).flatMap((e) => [...(e.note ?? '').matchAll(reference)].map((m) => m[1] ?? ''));
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((r) => !labels.has(r))).toEqual([]);
  });
});
