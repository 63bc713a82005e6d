import { get } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server';

let folder: string;
let server: Awaited<ReturnType<typeof serveStatic>>;

/** Asks for a raw request target, as written, and returns the status and body. */
function ask(target: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = get({ hostname, port, path: target, timeout: 5_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('timeout', () => request.destroy(new Error(`no answer to ${target}`))).on('error', reject);
  });
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'static-server-'));
  await mkdir(path.join(folder, 'dist', 'part-3'), { recursive: true });
  await mkdir(path.join(folder, 'dist-private'));
  await writeFile(path.join(folder, 'dist', 'index.html'), 'home');
  await writeFile(path.join(folder, 'dist', 'part-3', 'index.html'), 'part 3');
  await writeFile(path.join(folder, 'dist-private', 'secret.txt'), 'secret');
  server = await serveStatic(path.join(folder, 'dist'));
});

afterAll(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('serves a folder’s index.html for its path', async () => {
    expect(await ask('/part-3/')).toEqual({ status: 200, body: 'part 3' });
    expect(await ask('/')).toEqual({ status: 200, body: 'home' });
  });

  it('reads a target that starts with // as a path, not as a host', async () => {
    expect(await ask('//')).toEqual({ status: 200, body: 'home' });
    expect(await ask('//part-3/')).toEqual({ status: 200, body: 'part 3' });
  });

  it('answers 400 to a target it cannot decode, and goes on serving', async () => {
    expect((await ask('/%E0%A4%A')).status).toBe(400);
    expect(await ask('/part-3/')).toEqual({ status: 200, body: 'part 3' });
  });

  it('serves nothing outside its folder, not even a sibling whose name starts the same', async () => {
    // URL() resolves dot segments, but not an encoded slash: this one decodes to /../dist-private/secret.txt.
    expect((await ask('/..%2Fdist-private%2Fsecret.txt')).status).toBe(404);
    expect((await ask('/../dist-private/secret.txt')).status).toBe(404);
    expect((await ask('/nowhere/')).status).toBe(404);
  });
});
