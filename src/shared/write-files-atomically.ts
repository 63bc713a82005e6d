import { randomBytes } from 'node:crypto';
import { promises } from 'node:fs';
import path from 'node:path';

/** The file operations the writer needs: Node's by default, a test's to make one of them fail. */
export interface AtomicFs {
  writeFile(file: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, alias: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
}

// Looked up on each call, not bound once: a test can replace one of Node's functions in a spawned script.
const nodeFs: AtomicFs = {
  writeFile: (file, data) => promises.writeFile(file, data),
  rename: (from, to) => promises.rename(from, to),
  link: (existing, alias) => promises.link(existing, alias),
  rm: (file, options) => promises.rm(file, options),
};

/** Where the signals come from: the process, or a test's emitter. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

/** Thrown when SIGINT or SIGTERM stopped the writing: every file had been put back as it was. */
export class WriteInterrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`Interrupted by ${signal}: no file was changed`);
  }
}

/** Thrown when a file could not be written: every file had been put back as it was. */
export class WriteFailed extends Error {
  constructor(
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(`Could not write ${file} (${cause instanceof Error ? cause.message : String(cause)}): no file was changed`);
  }
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

interface Pending {
  file: string;
  temporary: string;
  /** A second name for the file as it was (a hard link), to put it back; undefined when the file is new. */
  backup?: string;
  written: boolean;
  linked: boolean;
  renamed: boolean;
}

/**
 * Writes every file or none. Each new text goes to a temporary file beside its file (same folder, so the rename is
 * atomic), then the temporary files replace the files one by one. On any failure, and on SIGINT or SIGTERM
 * while it runs, the files already replaced are put back from hard links to their old contents (a rename, which
 * needs no disk space) and every temporary file is removed; then it throws WriteFailed or WriteInterrupted.
 * A signal is acted on when the file operation in progress returns.
 */
export async function writeFilesAtomically(
  files: Iterable<[string, string | Uint8Array]>,
  { fs = nodeFs, signals = process }: { fs?: AtomicFs; signals?: SignalSource } = {},
): Promise<void> {
  const entries = [...files];
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const pending: Pending[] = entries.map(([file]) => {
    const aside = (kind: string) => path.join(path.dirname(file), `.${path.basename(file)}.${tag}.${kind}`);
    return { file, temporary: aside('tmp'), backup: aside('bak'), written: false, linked: false, renamed: false };
  });
  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted ??= signal;
  };
  for (const signal of SIGNALS) signals.on(signal, onSignal);
  let current = '';
  try {
    const step = async (file: string, operation: () => Promise<void>) => {
      if (interrupted) throw new WriteInterrupted(interrupted);
      current = file;
      await operation();
      if (interrupted) throw new WriteInterrupted(interrupted);
    };
    for (const [i, [, text]] of entries.entries()) {
      const item = pending[i]!;
      await step(item.file, async () => {
        item.written = true;
        await fs.writeFile(item.temporary, text);
      });
    }
    for (const item of pending) {
      await step(item.file, async () => {
        try {
          await fs.link(item.file, item.backup!);
          item.linked = true;
        } catch (cause) {
          if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw cause;
          item.backup = undefined;
        }
      });
    }
    for (const item of pending) {
      await step(item.file, async () => {
        await fs.rename(item.temporary, item.file);
        item.renamed = true;
      });
    }
  } catch (cause) {
    // Still listening: a second Ctrl-C must not cut the putting back short.
    await rollBack(pending, fs);
    for (const signal of SIGNALS) signals.off(signal, onSignal);
    throw cause instanceof WriteInterrupted ? cause : new WriteFailed(current, cause);
  }
  // Every file is written: a signal now comes too late to undo anything, and must not cut the removal of the
  // backups short (the default handler would end the process and leave them beside the files). It is held
  // until they are gone, and the write counts as done.
  for (const item of pending) if (item.linked) await fs.rm(item.backup!, { force: true }).catch(() => {});
  for (const signal of SIGNALS) signals.off(signal, onSignal);
}

/** Puts every replaced file back and removes what was written aside; goes on past a failure to do the rest. */
async function rollBack(pending: Pending[], fs: AtomicFs): Promise<void> {
  for (const item of pending) {
    await (async () => {
      if (item.renamed) {
        if (item.backup) await fs.rename(item.backup, item.file);
        else await fs.rm(item.file, { force: true });
        return;
      }
      if (item.linked) await fs.rm(item.backup!, { force: true });
      if (item.written) await fs.rm(item.temporary, { force: true });
    })().catch(() => {});
  }
}
