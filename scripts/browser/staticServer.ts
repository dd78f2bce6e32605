import { createReadStream, existsSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServeOptions {
  /** Where the same files answer too, to show the build works from a sub-path. */
  readonly subPath?: string;
  /** Called for every request answered with a file: the file's path relative to the root (`assets/app-….js`). */
  readonly onServe?: (file: string) => void;
}

/**
 * Serves a folder as any static host would: files only, no rewrites, and no caching headers that would let a
 * browser skip a second request for the same file. The same files answer at `/` and under a sub-path.
 */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const { subPath = '/mirror/sub/path/', onServe } = options;
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const local = pathname.startsWith(subPath) ? `/${pathname.slice(subPath.length)}` : pathname;
    let file = normalize(join(root, local));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    onServe?.(relative(root, file).split(sep).join('/'));
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
