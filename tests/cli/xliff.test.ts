import { spawn, spawnSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
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
