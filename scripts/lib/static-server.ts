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
 * any browser (WebKitGTK's WebDriver has no offline switch of its own). With `latency`, every response waits that
 * many milliseconds before it starts, as over a network with that round trip; `peakRequests()` says how many
 * requests the server held at once at most since the last time it was asked.
 */
export async function serveStatic(
  root: string,
  base = '/',
  { gzip = false, latency = 0 }: { gzip?: boolean; latency?: number } = {},
): Promise<{
  url: string;
  serve: (root: string) => void;
  offline: (cut: boolean) => void;
  peakRequests: () => number;
  close: () => Promise<void>;
}> {
  let cut = false;
  let open = 0;
  let peak = 0;
  const server: Server = createServer(async (request, response) => {
    if (cut) return void request.socket.destroy();
    peak = Math.max(peak, ++open);
    response.once('close', () => open--);
    if (latency) await new Promise((resolve) => setTimeout(resolve, latency));
    const pathname = pathOf(request.url ?? '/');
    if (pathname === undefined) return answer(response, 400, 'bad request');
    if (!pathname.startsWith(base)) return answer(response, 404, 'not found');
    let file = path.join(root, pathname.slice(base.length));
    if (!inside(root, file)) return answer(response, 404, 'not found');
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = path.join(file, 'index.html');
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) return answer(response, 404, 'not found');
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
    peakRequests: () => {
      const most = peak;
      peak = open;
      return most;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The decoded path of a request's target, or undefined when it cannot be read (a lone `%`, say). The target is
 * read as a path even when it starts with `//`, which URL() would take for a host.
 */
function pathOf(target: string): string | undefined {
  try {
    return decodeURIComponent(new URL(`http://localhost${target.startsWith('/') ? target : `/${target}`}`).pathname);
  } catch {
    return undefined;
  }
}

function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

function answer(response: import('node:http').ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'content-type': 'text/plain' });
  response.end(text);
}
