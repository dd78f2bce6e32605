import { readFileSync } from 'node:fs';
import { type Server, createServer as createHttpServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type ViteDevServer, createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVE_TO_PROJECT_PATH, saveToProject } from '../src/curate/saveToProject';
import { validateDatasetWithRelations } from '../src/model/validateRelations';
import viteConfig from '../vite.config';
import { createSaveHandler, curateSave, isAllowedHost } from './curateSavePlugin';
import { datasetCopies, folderSnapshot, importableExport } from './importFixture';
import { loadDatasetFiles } from './loadDatasetFiles';

const copies = datasetCopies('curate-save-');
const work = copies.root;
const dataCopy = copies.copy;
const snapshot = folderSnapshot;

interface Reply {
  readonly status: number;
  readonly body: { ok: boolean; written: string[]; problems: { text: string; eventId?: string; field?: string }[] };
}

/** A raw HTTP request, with exactly the headers given (as a browser, or another site's page, would send them). */
function post(port: number, headers: Record<string, string>, body: string, method = 'POST', path = SAVE_TO_PROJECT_PATH): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply['body'] }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const goodBody = JSON.stringify(importableExport());

describe('the dev server\'s "Save to project" handler', () => {
  let server: Server;
  let port = 0;
  let dataDir = '';
  let host = '';
  const sameOrigin = () => ({ Host: host, Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' });

  beforeAll(async () => {
    dataDir = dataCopy();
    const handle = createSaveHandler({ dataDir, maxBytes: 64 * 1024 });
    server = createHttpServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    host = `localhost:${port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a request from another origin, writing nothing', async () => {
    const before = snapshot(dataDir);
    const others: Record<string, string>[] = [
      { ...sameOrigin(), Origin: 'http://evil.example', 'Sec-Fetch-Site': 'cross-site' },
      { ...sameOrigin(), Origin: 'http://evil.example' },
      { ...sameOrigin(), 'Sec-Fetch-Site': 'same-site' },
      { Host: host, 'Content-Type': 'application/json' }, // no Origin at all
      { ...sameOrigin(), Origin: 'null' },
      // DNS rebinding: another site's name resolved to this machine; the page is then "same-origin" with itself.
      { ...sameOrigin(), Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` },
    ];
    for (const headers of others) {
      const reply = await post(port, headers, goodBody);
      expect(reply.status, JSON.stringify(headers)).toBe(403);
      expect(reply.body).toMatchObject({ ok: false, written: [] });
    }
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('refuses what is not a POST of JSON within the size limit', async () => {
    const before = snapshot(dataDir);
    expect((await post(port, sameOrigin(), '', 'GET')).status).toBe(405);
    expect((await post(port, { ...sameOrigin(), 'Content-Type': 'text/plain' }, goodBody)).status).toBe(415);
    expect((await post(port, { ...sameOrigin(), 'Content-Type': 'application/x-www-form-urlencoded' }, goodBody)).status).toBe(415);
    const big = JSON.stringify({ ...importableExport(), padding: 'x'.repeat(70 * 1024) });
    expect((await post(port, { ...sameOrigin(), 'Content-Length': String(Buffer.byteLength(big)) }, big)).status).toBe(413);
    // Without a length given, the body is counted as it comes.
    expect((await post(port, { ...sameOrigin(), 'Transfer-Encoding': 'chunked' }, big)).status).toBe(413);
    const notJson = await post(port, sameOrigin(), '{"sources": [');
    expect(notJson.status).toBe(400);
    expect(notJson.body.problems[0]?.text).toMatch(/^The body is not valid JSON/);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('refuses a dataset with a problem, naming the event and the field, and writes nothing', async () => {
    const before = snapshot(dataDir);
    const file = importableExport();
    const broken = {
      ...file,
      events: file.events.map((e, i) =>
        i === 0 ? { ...e, citations: e.citations.map((c) => ({ ...c, quote: `${c.quote} and more` })) } : e,
      ),
    };
    const reply = await post(port, sameOrigin(), JSON.stringify(broken));
    expect(reply.status).toBe(422);
    expect(reply.body.ok).toBe(false);
    expect(reply.body.written).toEqual([]);
    expect(reply.body.problems).toEqual([
      expect.objectContaining({
        eventId: 'foreign-ministers-meet-seoul-2024',
        field: 'citations[0].quote',
        text: expect.stringContaining('not found verbatim'),
      }),
    ]);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it("imports a dataset posted from the page's own origin, as import-data does", async () => {
    const reply = await post(port, sameOrigin(), goodBody);
    expect(reply.status).toBe(200);
    expect(reply.body.problems).toEqual([]);
    expect(reply.body).toMatchObject({ ok: true });
    expect([...reply.body.written].sort()).toEqual(
      [
        'articles/wire-2024-03-05.txt',
        'events.json',
        'relations.json',
        'sources.json',
        'translations/ja.json',
        'translations/ko.json',
      ].sort(),
    );
    const { dataset, problems } = validateDatasetWithRelations(loadDatasetFiles(dataDir));
    expect(problems).toEqual([]);
    expect(dataset.events.some((e) => e.id === 'foreign-ministers-meet-tokyo-2024')).toBe(true);
    // The same again: accepted, nothing to write.
    expect((await post(port, sameOrigin(), goodBody)).body).toEqual({ ok: true, written: [], problems: [] });
  });

  it("answers the workbench's own client, which gets the answer typed", async () => {
    const dir = dataCopy();
    const handle = createSaveHandler({ dataDir: dir });
    const other = createHttpServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    // As the browser sends it: the page's origin, and the fetch metadata.
    const send: typeof fetch = (path, init) =>
      fetch(`${origin}${String(path)}`, { ...init, headers: { ...init?.headers, Origin: origin, 'Sec-Fetch-Site': 'same-origin' } });
    try {
      const saved = await saveToProject(importableExport(), send);
      expect(saved.ok).toBe(true);
      expect(saved.written).toContain('events.json');
      const [first] = importableExport().events;
      if (!first) throw new Error('the fixture has events');
      const collision = await saveToProject({ ...importableExport(), events: [{ ...first, title: 'Another title' }] }, send);
      expect(collision).toMatchObject({ ok: false, failure: 'refused', written: [] });
      expect(collision.problems[0]).toMatchObject({ eventId: 'foreign-ministers-meet-seoul-2024', field: 'title' });
      const crossSite: typeof fetch = (path, init) =>
        fetch(`${origin}${String(path)}`, { ...init, headers: { ...init?.headers, Origin: 'http://evil.example' } });
      expect(await saveToProject(importableExport(), crossSite)).toMatchObject({ ok: false, failure: 'not-allowed' });
    } finally {
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});

describe('the plugin in Vite', () => {
  let vite: ViteDevServer;
  let dataDir = '';
  beforeAll(async () => {
    dataDir = dataCopy();
    vite = await createServer({
      configFile: false,
      root: work,
      logLevel: 'silent',
      plugins: [curateSave(dataDir)],
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, ws: false, watch: null },
    });
    await vite.listen();
  });
  afterAll(async () => {
    await vite.close();
    copies.remove();
  });

  it("is registered in the project's Vite config for the dev server only", () => {
    const plugins = (viteConfig.plugins ?? []).flat();
    const plugin = plugins.find((p) => typeof p === 'object' && p !== null && 'name' in p && p.name === 'curate-save');
    expect(plugin).toMatchObject({ apply: 'serve' });
    expect(curateSave().apply).toBe('serve');
  });

  it("saves from the dev server's own origin and refuses another", async () => {
    const port = (vite.httpServer?.address() as AddressInfo).port;
    const host = `localhost:${port}`;
    const headers = { Host: host, Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' };
    const before = snapshot(dataDir);
    const foreign = await post(port, { ...headers, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' }, goodBody);
    expect(foreign.status).toBe(403);
    expect(snapshot(dataDir)).toEqual(before);
    const reply = await post(port, headers, goodBody);
    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(true);
    expect(readFileSync(join(dataDir, 'events.json'), 'utf8')).toContain('"id": "foreign-ministers-meet-seoul-2024"');
  });
});

describe('the hosts the save answers to', () => {
  it('are loopback names, IP addresses and the hosts allowed', () => {
    for (const host of ['localhost:5173', 'app.localhost', '127.0.0.1:5173', '[::1]:5173', '192.168.1.20:5173'])
      expect(isAllowedHost(host), host).toBe(true);
    for (const host of ['evil.example', 'localhost.evil.example:5173', '', undefined])
      expect(isAllowedHost(host), String(host)).toBe(false);
    expect(isAllowedHost('dev.example.org:5173', ['.example.org'])).toBe(true);
    expect(isAllowedHost('anything.example', true)).toBe(true);
  });
});
