import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SAVE_TO_PROJECT_PATH, type SaveAnswer } from '../src/curate/saveToProject';
import { importDataset } from './importDataset';

/**
 * "Save to project" on the dev server (`npm run dev` only: `apply: 'serve'`, so the build and `vite preview` have no
 * such address). POST SAVE_TO_PROJECT_PATH with a one-file dataset imports it into the dataset folder exactly as
 * `npm run import-data` does (scripts/importDataset.ts): checked whole, written atomically, or refused with nothing
 * written. Only the page's own origin may ask: a request from another site, or with a Host the server does not
 * answer to (DNS rebinding), is refused with 403 before its body is read.
 */

/** The largest body accepted: the articles of a project and their events, with room to spare (a 5 MB paste fits). */
export const MAX_SAVE_BYTES = 16 * 1024 * 1024;

export interface SaveHandlerOptions {
  /** The dataset folder written to. */
  readonly dataDir: string;
  /** Host names the server answers to besides loopback names and IP addresses (Vite's `server.allowedHosts`). */
  readonly allowedHosts?: readonly string[] | true;
  readonly maxBytes?: number;
}

const LOOPBACK = /^(localhost|.+\.localhost)$/i;

/** The Host header's name without its port, and without an IPv6 literal's brackets. */
function hostName(host: string): string {
  const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(host);
  if (bracketed) return bracketed[1] ?? '';
  return host.replace(/:\d+$/, '');
}

/** As Vite's own host check: loopback names, IP addresses (which no DNS rebinding can name) and the hosts allowed. */
export function isAllowedHost(host: string | undefined, allowed: SaveHandlerOptions['allowedHosts'] = []): boolean {
  if (!host) return false;
  if (allowed === true) return true;
  const name = hostName(host).toLowerCase();
  if (name === '' || LOOPBACK.test(name) || isIP(name) !== 0) return true;
  return allowed.some((entry) => {
    const e = entry.toLowerCase();
    return e.startsWith('.') ? name === e.slice(1) || name.endsWith(e) : name === e;
  });
}

/** Why a request is refused before its body is read, or undefined for one from the page's own origin. */
export function refusal(req: IncomingMessage, options: SaveHandlerOptions): { status: number; text: string } | undefined {
  if (req.method !== 'POST') return { status: 405, text: 'Only POST saves to the project' };
  const host = req.headers.host;
  if (!isAllowedHost(host, options.allowedHosts)) return { status: 403, text: 'The request names a host this server does not answer to' };
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin')
    return { status: 403, text: 'Only the workbench on this server may save to the project' };
  const origin = req.headers.origin;
  if (origin !== `http://${host}` && origin !== `https://${host}`)
    return { status: 403, text: 'Only the workbench on this server may save to the project' };
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { status: 415, text: 'The dataset must be sent as application/json' };
  const length = Number(req.headers['content-length'] ?? '0');
  if (length > (options.maxBytes ?? MAX_SAVE_BYTES)) return { status: 413, text: 'The dataset is larger than the server accepts' };
  return undefined;
}

function answer(res: ServerResponse, status: number, body: SaveAnswer): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(JSON.stringify(body));
}

const failed = (text: string): SaveAnswer => ({ ok: false, written: [], problems: [{ text }] });

/** The body as text, or undefined once it grows past `limit` bytes (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        resolveBody(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolveBody(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/**
 * The request handler: refuses what is not the page's own POST of JSON, then imports the body. Saves run one at a
 * time, so that two quick clicks cannot interleave their writes.
 */
export function createSaveHandler(options: SaveHandlerOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  let queue: Promise<unknown> = Promise.resolve();
  const limit = options.maxBytes ?? MAX_SAVE_BYTES;
  return async (req, res) => {
    const refused = refusal(req, options);
    if (refused) {
      // The body is not read: close the connection rather than leave it to be drained.
      res.setHeader('Connection', 'close');
      answer(res, refused.status, failed(refused.text));
      return;
    }
    const text = await readBody(req, limit).catch(() => undefined);
    if (text === undefined) {
      res.setHeader('Connection', 'close');
      answer(res, 413, failed('The dataset is larger than the server accepts'));
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      answer(res, 400, failed(`The body is not valid JSON (${error instanceof Error ? error.message : String(error)})`));
      return;
    }
    const run = queue.then(() => importDataset(json, options.dataDir));
    queue = run.catch(() => undefined);
    const result = await run;
    answer(res, result.ok ? 200 : 422, { ok: result.ok, written: result.written, problems: result.problems });
  };
}

/** The dev server's "Save to project" (see the module's comment), writing to `dataDir` (src/data by default). */
export function curateSave(dataDir = 'src/data'): Plugin {
  return {
    name: 'curate-save',
    apply: 'serve',
    configureServer(server) {
      const handler = createSaveHandler({ dataDir: resolve(server.config.root, dataDir), allowedHosts: server.config.server.allowedHosts });
      server.middlewares.use(SAVE_TO_PROJECT_PATH, (req, res, next) => {
        handler(req, res).catch((error: unknown) => next(error));
      });
    },
  };
}
