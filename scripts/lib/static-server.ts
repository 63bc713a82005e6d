import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text types a static host compresses; Pagefind's own files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.txt', '.webmanifest']);

/**
 * Serves a built site from `root` under the URL prefix `base` on a free loopback port, like a static host.
 * With `gzip`, text files are sent compressed to clients that accept it, as production hosts do, so that
 * benchmarks count the bytes a reader would really download. `serve(root)` swaps the folder served at the same
 * address, as a new deployment would; `offline(true)` cuts every connection as it asks, as a lost network would, in
 * any browser (WebKitGTK's WebDriver has no offline switch of its own).
 */
export async function serveStatic(
  root: string,
  base = '/',
  { gzip = false }: { gzip?: boolean } = {},
): Promise<{
  url: string;
  serve: (root: string) => void;
  offline: (cut: boolean) => void;
  close: () => Promise<void>;
}> {
  let cut = false;
  const server: Server = createServer(async (request, response) => {
    if (cut) return void request.socket.destroy();
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(base)) return notFound(response);
    let file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return notFound(response);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) return notFound(response);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      createReadStream(file).pipe(createGzip()).pipe(response);
      return;
    }
    response.writeHead(200, { 'content-type': type, 'content-length': found.size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    serve: (next) => {
      root = next;
    },
    offline: (value) => {
      cut = value;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notFound(response: import('node:http').ServerResponse) {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}
