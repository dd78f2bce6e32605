import { describe, expect, it } from 'vitest';
import type { RawEvent } from '../model/schema';
import { TYPING_PAUSE_MS, applyAction, record, redo, startHistory, undo } from './history';
import { type CurateProject, EMPTY_PROJECT, checkProject, fileTranslations, orphanedBy, projectInput } from './project';
import { createWorkbenchStore } from './workbenchStore';

const source = (id: string, text: string) => ({
  id,
  file: `${id}.txt`,
  publisher: 'The Daily Example',
  headline: `Headline ${id}`,
  byline: 'By Staff',
  publishedAsPrinted: '2024-03-15',
  published: '2024-03-15',
  text,
});

const event = (id: string, sourceIds: readonly string[]): RawEvent => ({
  id,
  title: `Title ${id}`,
  label: id,
  start: '2024-03',
  status: 'happened',
  tags: [],
  citations: sourceIds.map((s) => ({ source: s, quote: 'words' })),
});

const project: CurateProject = {
  ...EMPTY_PROJECT,
  sources: [source('a', 'words of a'), source('b', 'words of b')],
  events: [event('only-a', ['a']), event('a-and-b', ['a', 'b']), event('only-b', ['b'])],
  relations: [
    { kind: 'comes-after', from: 'only-b', to: 'only-a', source: 'b', quote: 'words' },
    { kind: 'precedes', from: 'a-and-b', to: 'only-b', source: 'b', quote: 'words' },
  ],
};

describe('the project reducer', () => {
  it('names the events a source would orphan, and removing it takes them, its citations and their links away', () => {
    expect(orphanedBy(project, 'a').map((e) => e.id)).toEqual(['only-a']);
    const after = applyAction(project, { type: 'remove-source', id: 'a' });
    expect(after.sources.map((s) => s.id)).toEqual(['b']);
    expect(after.events.map((e) => e.id)).toEqual(['a-and-b', 'only-b']);
    expect(after.events[0]?.citations.map((c) => c.source)).toEqual(['b']);
    expect(after.relations.map((r) => `${r.from}>${r.to}`)).toEqual(['a-and-b>only-b']);
  });

  it('renames the links with the event when its id changes, and clears a field given as undefined', () => {
    const withNote = applyAction(project, { type: 'update-event', id: 'only-b', patch: { note: 'a note' } });
    const after = applyAction(withNote, { type: 'update-event', id: 'only-b', patch: { id: 'renamed', note: undefined } });
    expect(after.events.map((e) => e.id)).toEqual(['only-a', 'a-and-b', 'renamed']);
    expect(after.events[2]).not.toHaveProperty('note');
    expect(after.relations.map((r) => `${r.from}>${r.to}`)).toEqual(['renamed>only-a', 'a-and-b>renamed']);
  });

  it('keeps an event’s words in other languages, and they follow its renaming and go with it', () => {
    let after = applyAction(project, { type: 'translate-event', id: 'only-a', language: 'ko', patch: { title: '제목', label: '이름' } });
    after = applyAction(after, { type: 'translate-event', id: 'only-b', language: 'ja', patch: { title: '題' } });
    expect(after.translations).toEqual({ ko: { 'only-a': { title: '제목', label: '이름' } }, ja: { 'only-b': { title: '題' } } });
    // An emptied field is taken away, and an event with none left with it.
    const emptied = applyAction(after, { type: 'translate-event', id: 'only-b', language: 'ja', patch: { title: '' } });
    expect(emptied.translations?.['ja']).toEqual({});
    const renamed = applyAction(after, { type: 'update-event', id: 'only-a', patch: { id: 'renamed' } });
    expect(renamed.translations?.['ko']).toEqual({ renamed: { title: '제목', label: '이름' } });
    expect(applyAction(after, { type: 'remove-event', id: 'only-a' }).translations?.['ko']).toEqual({});
    expect(applyAction(after, { type: 'remove-source', id: 'b' }).translations?.['ja']).toEqual({});
  });

  it('reads a project saved before translations as one with none, and writes the file’s translations trimmed', () => {
    const old = JSON.parse(JSON.stringify({ ...project, translations: undefined })) as unknown;
    expect(checkProject(old)).toEqual(project);
    expect(checkProject({ ...project, translations: { ko: { 'only-a': { title: 1 } } } })).toBeUndefined();
    const typed = applyAction(project, { type: 'translate-event', id: 'only-a', language: 'ko', patch: { title: ' 제목 ', note: '메모' } });
    // No note where the English event has none; an event left out of the file is left out of its translations.
    expect(fileTranslations(typed)).toEqual({ ko: { events: { 'only-a': { title: '제목', label: '' } } } });
    expect(fileTranslations(typed, { events: new Set(['only-b']), relations: new Set() })).toEqual({});
  });

  it('writes a link’s note and its notes in other languages, takes an emptied one away, and keeps them with the link', () => {
    const noted = [
      { type: 'note-relation', index: 1, note: 'A note' },
      { type: 'note-relation', index: 1, note: ' 메모 ', language: 'ko' },
      { type: 'note-relation', index: 1, note: 'メモ', language: 'ja' },
    ] as const;
    const after = noted.reduce<CurateProject>(applyAction, project);
    expect(after.relations[1]).toEqual({ ...project.relations[1], note: 'A note', translatedNotes: { ko: ' 메모 ', ja: 'メモ' } });
    expect(after.relations[0]).toBe(project.relations[0]);
    // Emptied: the Japanese note goes, then the English one (its translations stay until emptied too).
    const lessJa = applyAction(after, { type: 'note-relation', index: 1, note: '', language: 'ja' });
    expect(lessJa.relations[1]?.translatedNotes).toEqual({ ko: ' 메모 ' });
    expect(applyAction(lessJa, { type: 'note-relation', index: 1, note: '' }).relations[1]?.note).toBeUndefined();
    const bare = applyAction(applyAction(lessJa, { type: 'note-relation', index: 1, note: '', language: 'ko' }), {
      type: 'note-relation',
      index: 1,
      note: '',
    });
    expect(bare.relations[1]).toEqual(project.relations[1]);
    // A renamed event keeps its links' notes; a removed one takes its links with their notes.
    const renamed = applyAction(after, { type: 'update-event', id: 'a-and-b', patch: { id: 'renamed' } });
    expect(renamed.relations[1]).toMatchObject({ from: 'renamed', translatedNotes: { ko: ' 메모 ', ja: 'メモ' } });
    expect(applyAction(after, { type: 'remove-event', id: 'a-and-b' }).relations).toEqual([project.relations[0]]);
    // The file's translations: each note trimmed, filed under the link's key, only for the links kept.
    expect(fileTranslations(after)).toEqual({
      ko: { events: {}, relations: { 'a-and-b precedes only-b b': { note: '메모' } } },
      ja: { events: {}, relations: { 'a-and-b precedes only-b b': { note: 'メモ' } } },
    });
    expect(fileTranslations(after, { relations: new Set(['only-b comes-after only-a b']) })).toEqual({});
    // No note in another language where the link has none of its own.
    expect(fileTranslations(applyAction(after, { type: 'note-relation', index: 1, note: '' }))).toEqual({});
    // The validator reads the link as the dataset records it; a stored project keeps the notes, as text only.
    expect((projectInput(after).relations as unknown[])[1]).toEqual({ ...project.relations[1], note: 'A note' });
    expect(checkProject(JSON.parse(JSON.stringify(after)))).toEqual(after);
    expect(checkProject({ ...project, relations: [{ ...project.relations[0], translatedNotes: { ko: 1 } }] })).toBeUndefined();
  });

  it('keeps the old project untouched, so that it can be given back', () => {
    const before = JSON.stringify(project);
    applyAction(project, { type: 'remove-event', id: 'only-a' });
    applyAction(project, { type: 'correct-date', sourceId: 'a', correction: { start: 0, end: 5, date: '2024' } });
    expect(JSON.stringify(project)).toBe(before);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes every kind of change, one step at a time', () => {
    let h = startHistory(project);
    h = record(h, { type: 'add-event', event: event('new', ['a']) }, 0);
    h = record(h, { type: 'remove-source', id: 'b' }, 10_000);
    h = record(h, { type: 'correct-date', sourceId: 'a', correction: { start: 0, end: 5, date: '2024-03-01' } }, 20_000);
    expect(h.present.corrections['a']).toHaveLength(1);
    h = undo(h);
    expect(h.present.corrections['a']).toBeUndefined();
    h = undo(h);
    expect(h.present.sources).toHaveLength(2);
    expect(h.present.events.map((e) => e.id)).toContain('new');
    h = undo(h);
    expect(h.present).toBe(project);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present.sources.map((s) => s.id)).toEqual(['a']);
    // A new change forgets what was undone.
    h = record(h, { type: 'remove-event', id: 'new' }, 30_000);
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
  });

  it('makes typing in one field one step, and a pause or another field a new one', () => {
    let h = startHistory(project);
    h = record(h, { type: 'update-event', id: 'only-a', patch: { title: 'T' } }, 0);
    h = record(h, { type: 'update-event', id: 'only-a', patch: { title: 'Ti' } }, 200);
    h = record(h, { type: 'update-event', id: 'only-a', patch: { title: 'Tit' } }, 400);
    expect(h.past).toHaveLength(1);
    h = record(h, { type: 'update-event', id: 'only-a', patch: { label: 'L' } }, 500);
    h = record(h, { type: 'update-event', id: 'only-a', patch: { label: 'La' } }, 500 + TYPING_PAUSE_MS + 1);
    expect(h.past).toHaveLength(3);
    expect(undo(undo(h)).present.events[0]?.title).toBe('Tit');
    expect(undo(undo(undo(h))).present.events[0]?.title).toBe('Title only-a');
    // A link's note, typed on: one step; its Korean note, another.
    h = record(h, { type: 'note-relation', index: 0, note: 'N' }, 10_000);
    h = record(h, { type: 'note-relation', index: 0, note: 'No' }, 10_200);
    h = record(h, { type: 'note-relation', index: 0, note: '메', language: 'ko' }, 10_300);
    h = record(h, { type: 'note-relation', index: 0, note: '메모', language: 'ko' }, 10_400);
    expect(h.past).toHaveLength(5);
    expect(undo(h).present.relations[0]).toEqual({ ...project.relations[0], note: 'No' });
  });

  it('goes through the store: dispatch, undo, redo', () => {
    const store = createWorkbenchStore(project);
    store.getState().dispatch({ type: 'remove-event', id: 'only-a' });
    expect(store.getState().history.present.events).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().history.present.events).toHaveLength(3);
    store.getState().redo();
    expect(store.getState().history.present.events).toHaveLength(2);
  });
});
