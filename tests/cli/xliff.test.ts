import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  editTargets,
  EXPORTED,
  FIXED,
  fixAfterExport,
  lineAt,
  root,
  snapshot,
  useReportCopy,
  xliff,
} from '../support/xliff-round-trip';

useReportCopy();

describe('XLIFF from the command line', () => {
  const xliffCli = (args: string[], options: { imports?: string[] } = {}) =>
    spawnSync(process.execPath, ['--import', 'tsx', ...(options.imports ?? []), 'scripts/xliff.ts', ...args], {
      encoding: 'utf8',
    });

  it('a stale file: one line per problem, exit code 1, nothing written', async () => {
    const file = path.join(root, 'stale.xlf');
    await writeFile(file, xliff.replace('全面对标大湾区', '对标大湾区'));
    const before = await snapshot();
    const result = spawnSync('npx', ['tsx', 'scripts/xliff.ts', 'import', file, '--dir', root], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/stale\.xlf:\d+  unit business-environment  segment 2  The source no longer matches/);
    expect(result.stderr).toContain('nothing was written');
    expect(await snapshot()).toEqual(before);
  });

  it('a conflict with a change made since the export: the three texts and how to settle; --theirs lists the lowered status', async () => {
    await fixAfterExport();
    const file = path.join(root, 'report.xlf');
    await writeFile(file, xliff);
    const before = await snapshot();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/xliff.ts', 'import', file, '--dir', root, ...args], {
        encoding: 'utf8',
      });
    const refused = run();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      [
        `${file}:${lineAt(xliff, /<unit id="business-environment"[\s\S]*?<segment id="2"/)}  unit business-environment  segment 2  Conflict: the English was changed in `,
      ].join(''),
    );
    expect(refused.stderr).toContain(`    exported: ${EXPORTED}\n    current:  ${FIXED}\n    incoming: ${EXPORTED}\n`);
    expect(refused.stderr).toContain("--theirs to take the file's version, or --ours to keep the content's");
    expect(await snapshot()).toEqual(before);
    const theirs = run('--theirs');
    expect(theirs.stderr).toBe('');
    expect(theirs.status).toBe(0);
    expect(theirs.stdout).toContain('↓ part-3#business-environment: status lowered reviewed → translated\n');
  });

  it('a missing input file, or an output folder that does not exist: one line, exit 1', () => {
    const missing = path.join(root, 'nowhere.xlf');
    const read = xliffCli(['import', missing, '--dir', root]);
    expect([read.status, read.stdout, read.stderr]).toEqual([
      1,
      '',
      `✗ Cannot read ${missing}: there is no such file.\n`,
    ]);
    const out = path.join(root, 'no-folder', 'report.xlf');
    const written = xliffCli(['export', out, '--dir', root]);
    expect([written.status, written.stdout, written.stderr]).toEqual([
      1,
      '',
      `✗ Cannot write ${out}: there is no folder ${path.dirname(out)}. Create it, or name a file in a folder that exists.\n`,
    ]);
  });

  it('an option it does not know, or a bad value: the usage, exit code 2, nothing written', async () => {
    const out = path.join(root, 'out.xlf');
    const before = await snapshot();
    for (const [args, message] of [
      [['export', '--xlif', '1.2', out], "✗ Unknown option '--xlif'.\n"],
      [['export', out, '--xliff', '3'], '✗ --xliff is 2.1 or 1.2, not "3".\n'],
      [['export', out, '--part'], "✗ Option '--part' argument is ambiguous."],
      [['import', out, '--xliff', '1.2'], '✗ --xliff and --part are for the export'],
      [['export', out, 'other.xlf'], '✗ One file at a time: "other.xlf" is one too many.\n'],
      [['import', out, '--theirs', '--ours'], '✗ --theirs and --ours exclude each other: take one.\n'],
    ] as const) {
      const result = xliffCli([...args, '--dir', root]);
      expect([result.status, result.stdout], args.join(' ')).toEqual([2, '']);
      expect(result.stderr, args.join(' ')).toContain(message);
      expect(result.stderr).toContain('Usage: npm run xliff -- export <file.xlf> [--xliff 2.1 | --xliff 1.2]');
      for (const name of ['--xlif', '--xliff', '1.2', '3', 'other.xlf']) expect(existsSync(name), name).toBe(false);
      expect(existsSync(out)).toBe(false);
    }
    expect(await snapshot()).toEqual(before);
    // What the options were meant to say, said right.
    const written = xliffCli(['export', '--xliff', '1.2', out, '--part', 'part-3', '--dir', root]);
    expect([written.status, written.stderr]).toEqual([0, '']);
    expect(written.stdout).toMatch(/: 1 part\(s\), 5 groups, \d+ trans-units \(XLIFF 1\.2, zh-CN → en\)\.\n$/);
    expect(await readFile(out, 'utf8')).toContain(
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    );
  });

  it('SIGINT while the import writes puts every file back and leaves no temporary file', async () => {
    const file = path.join(root, 'report.xlf');
    // Two files change, so the signal comes between their replacements (see the support module).
    await writeFile(
      file,
      editTargets(xliff, (target) =>
        target.replace('Apply the open', 'Use the open').replace('Benchmark fully', 'Benchmark ourselves fully'),
      ),
    );
    const before = await snapshot();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--import',
        './tests/support/pause-after-first-rename.mjs',
        'scripts/xliff.ts',
        'import',
        file,
        '--dir',
        root,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (chunk.includes('paused after the first rename')) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toContain('paused after the first rename');
    expect(stderr).toContain('✗ Interrupted by SIGINT: no file was changed.');
    expect(code).toBe(130);
    expect(await snapshot()).toEqual(before);
    for (const lang of ['zh', 'en'])
      expect((await readdir(path.join(root, 'report', lang))).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
