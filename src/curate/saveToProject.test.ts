import { describe, expect, it, vi } from 'vitest';
import type { DatasetFile } from '../exports/datasetJson';
import { SAVE_TO_PROJECT_PATH, readSaveAnswer, saveToProject } from './saveToProject';

const file: DatasetFile = { sources: [], events: [], relations: [], texts: {} };
const replying =
  (status: number, body: string, type = 'application/json'): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, { status, headers: { 'Content-Type': type } }));

describe('saveToProject', () => {
  it('posts the dataset as JSON to the dev server, from the same origin', async () => {
    const send = vi.fn<typeof fetch>(replying(200, '{"ok":true,"written":["events.json"],"problems":[]}'));
    expect(await saveToProject(file, send)).toEqual({ ok: true, written: ['events.json'], problems: [] });
    const [url, init] = send.mock.calls[0] ?? [];
    expect(url).toBe(SAVE_TO_PROJECT_PATH);
    expect(init).toMatchObject({ method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin' });
    expect(JSON.parse(String(init?.body))).toEqual(file);
  });

  it('gives the problems of a refused dataset, with their events and fields', async () => {
    const body = { ok: false, written: [], problems: [{ text: 'event "a", title: must not be empty', eventId: 'a', field: 'title' }] };
    expect(await saveToProject(file, replying(422, JSON.stringify(body)))).toEqual({ ...body, failure: 'refused' });
  });

  it("tells a refused request, no server and a stranger's answer apart", async () => {
    const forbidden = '{"ok":false,"written":[],"problems":[{"text":"Only the workbench on this server may save to the project"}]}';
    expect(await saveToProject(file, replying(403, forbidden))).toMatchObject({ ok: false, failure: 'not-allowed' });
    expect(await saveToProject(file, () => Promise.reject(new TypeError('Failed to fetch')))).toMatchObject({
      ok: false,
      failure: 'unreachable',
    });
    expect(await saveToProject(file, replying(404, '<!doctype html><title>Not found</title>', 'text/html'))).toMatchObject({
      ok: false,
      failure: 'unreachable',
    });
    expect(await saveToProject(file, replying(200, '<!doctype html><p>index'))).toMatchObject({ ok: false, failure: 'bad-answer' });
    expect(await saveToProject(file, replying(200, '{"ok":true}'))).toMatchObject({ ok: false, failure: 'bad-answer' });
  });
});

describe('readSaveAnswer', () => {
  it('keeps only what the answer is typed to hold', () => {
    expect(readSaveAnswer({ ok: false, written: [], problems: [{ text: 't', eventId: 'e', field: 3, extra: '<b>' }] })).toEqual({
      ok: false,
      written: [],
      problems: [{ text: 't', eventId: 'e' }],
    });
    expect(readSaveAnswer({ ok: 'yes', written: [], problems: [] })).toBeUndefined();
    expect(readSaveAnswer({ ok: true, written: [1], problems: [] })).toBeUndefined();
    expect(readSaveAnswer({ ok: true, written: [], problems: [{ eventId: 'e' }] })).toBeUndefined();
    expect(readSaveAnswer(null)).toBeUndefined();
  });

  it("keeps the validator's own problem where it has a known kind, a path and a message, and nothing else of it", () => {
    const problem = { kind: 'empty-text', path: ['title'], message: 'must not be empty', eventId: 'a', extra: '<b>' };
    const answer = readSaveAnswer({ ok: false, written: [], problems: [{ text: 't', problem }] });
    expect(answer?.problems[0]?.problem).toEqual({ kind: 'empty-text', path: ['title'], message: 'must not be empty', eventId: 'a' });
    for (const unlike of [
      { ...problem, kind: 'made-up' },
      { ...problem, path: 'title' },
      { ...problem, path: [{}] },
      { ...problem, message: 3 },
    ])
      expect(readSaveAnswer({ ok: false, written: [], problems: [{ text: 't', problem: unlike }] })?.problems[0]).toEqual({ text: 't' });
  });

  it("keeps the importer's own refusal where it has one of its shapes, and nothing else of it", () => {
    const refusal = { kind: 'record-differs', record: 'event', name: 'pact-1965', fields: ['title', 'label'], extra: '<b>' };
    expect(readSaveAnswer({ ok: false, written: [], problems: [{ text: 't', refusal }] })?.problems[0]).toEqual({
      text: 't',
      refusal: { kind: 'record-differs', record: 'event', name: 'pact-1965', fields: ['title', 'label'] },
    });
    for (const unlike of [
      { ...refusal, kind: 'made-up' },
      { ...refusal, record: 'tag' },
      { ...refusal, fields: ['title', 3] },
      { kind: 'words-differ', language: 'ko' },
      { kind: 'article-name', name: 'a', file: 7 },
      'record-differs',
    ])
      expect(readSaveAnswer({ ok: false, written: [], problems: [{ text: 't', refusal: unlike }] })?.problems[0]).toEqual({ text: 't' });
  });
});
