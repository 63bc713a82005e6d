import { EventEmitter } from 'node:events';
import { promises } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  WriteFailed,
  WriteInterrupted,
  writeFilesAtomically,
  type AtomicFs,
} from '../../src/shared/write-files-atomically';

let dir: string;
const file = (name: string) => path.join(dir, name);
const contents = async () =>
  Object.fromEntries(
    await Promise.all((await readdir(dir)).sort().map(async (name) => [name, await readFile(file(name), 'utf8')])),
  );

/** Node's file operations, with `fail` deciding which call of which operation throws. */
function failing(fail: (operation: keyof AtomicFs, call: number) => boolean): AtomicFs {
  const calls: Record<string, number> = {};
  const wrap =
    <A extends unknown[]>(operation: keyof AtomicFs, real: (...args: A) => Promise<unknown>) =>
    async (...args: A) => {
      calls[operation] = (calls[operation] ?? 0) + 1;
      if (fail(operation, calls[operation]))
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      await real(...args);
    };
  return {
    writeFile: wrap('writeFile', promises.writeFile),
    rename: wrap('rename', promises.rename),
    link: wrap('link', promises.link),
    rm: wrap('rm', promises.rm),
  };
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atomic-'));
  await writeFile(file('a.md'), 'old a\n');
  await writeFile(file('b.md'), 'old b\n');
  await writeFile(file('c.md'), 'old c\n');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const NEW: [string, string][] = [
  ['a.md', 'new a\n'],
  ['b.md', 'new b\n'],
  ['c.md', 'new c\n'],
  ['d.md', 'new d\n'],
];
const OLD = { 'a.md': 'old a\n', 'b.md': 'old b\n', 'c.md': 'old c\n' };

describe('writeFilesAtomically', () => {
  it('writes every file, a new one too, and leaves nothing beside them', async () => {
    await writeFilesAtomically(NEW.map(([name, text]) => [file(name), text]));
    expect(await contents()).toEqual(Object.fromEntries(NEW));
  });

  it('a write that fails on the second file changes no file and leaves no temporary file', async () => {
    const fs = failing((operation, call) => operation === 'writeFile' && call === 2);
    const writing = writeFilesAtomically(
      NEW.map(([name, text]) => [file(name), text]),
      { fs },
    );
    await expect(writing).rejects.toThrow(WriteFailed);
    await expect(writing).rejects.toThrow(/^Could not write .*b\.md \(no space left on device\): no file was changed$/);
    expect(await contents()).toEqual(OLD);
  });

  it('a rename that fails after one file was replaced puts that file back', async () => {
    const fs = failing((operation, call) => operation === 'rename' && call === 2);
    await expect(
      writeFilesAtomically(
        NEW.map(([name, text]) => [file(name), text]),
        { fs },
      ),
    ).rejects.toThrow(/b\.md/);
    expect(await contents()).toEqual(OLD);
  });

  it('a rename that fails after the new file was created removes it', async () => {
    const fs = failing((operation, call) => operation === 'rename' && call === 4);
    await expect(
      writeFilesAtomically(
        NEW.map(([name, text]) => [file(name), text]),
        { fs },
      ),
    ).rejects.toThrow(/d\.md/);
    expect(await contents()).toEqual(OLD);
  });

  it('a signal once every file is written lets it finish: no backup is left beside the files', async () => {
    const signals = new EventEmitter();
    // Without a listener of its own, a real process would end on the signal, in the middle of removing backups.
    const listening: number[] = [];
    const fs = failing((name) => {
      if (name === 'rm') {
        listening.push(signals.listenerCount('SIGINT'));
        signals.emit('SIGINT', 'SIGINT');
      }
      return false;
    });
    await writeFilesAtomically(
      NEW.map(([name, text]) => [file(name), text]),
      { fs, signals },
    );
    expect(listening).toEqual([1, 1, 1]);
    expect(await contents()).toEqual(Object.fromEntries(NEW));
    expect(signals.listenerCount('SIGINT')).toBe(0);
  });

  it('SIGINT or SIGTERM while it writes puts every file back and stops', async () => {
    for (const [signal, operation] of [
      ['SIGINT', 'writeFile'],
      ['SIGTERM', 'rename'],
    ] as const) {
      const signals = new EventEmitter();
      // The signal arrives while the second call of the operation is under way.
      const fs = failing((name, call) => {
        if (name === operation && call === 2) signals.emit(signal, signal);
        return false;
      });
      const writing = writeFilesAtomically(
        NEW.map(([name, text]) => [file(name), text]),
        { fs, signals },
      );
      await expect(writing).rejects.toThrow(WriteInterrupted);
      await expect(writing).rejects.toThrow(`Interrupted by ${signal}: no file was changed`);
      expect(await contents()).toEqual(OLD);
      expect(signals.listenerCount(signal)).toBe(0);
    }
  });
});
