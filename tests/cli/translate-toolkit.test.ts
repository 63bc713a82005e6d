import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { exportTmx } from '../../src/features/interchange/tmx';
import { translateToolkit } from '../support/translate-toolkit';
import { EXPORTED, lineDiff, root, snapshot, useReportCopy } from '../support/xliff-round-trip';
import { validateXml } from '../support/xml-schemas';

useReportCopy();

const xliffCli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/xliff.ts', ...args, '--dir', root], { encoding: 'utf8' });

/** Opens an XLIFF file with the toolkit's own reader and saves it with its own writer, as its tools do. */
const OPEN_AND_SAVE = `
import sys
from translate.storage import xliff
store = xliff.xlifffile.parsefile(sys.argv[1])
units = [unit for unit in store.units if unit.istranslatable()]
print(len(units), sum(1 for unit in units if unit.istranslated()), sum(1 for unit in units if unit.isfuzzy()))
if len(sys.argv) > 3:
    unit = next(unit for unit in units if unit.getid().endswith(sys.argv[3]))
    print(unit.source)
    unit.target = unit.target.replace(sys.argv[4], sys.argv[5])
store.savefile(sys.argv[2])
`;

describe('a translator’s tool that reads XLIFF 1.2 only: the Translate Toolkit', () => {
  it('opens the TMX: one unit per sentence pair', async () => {
    const { parts } = await loadSiteContent(root);
    const file = path.join(root, 'report.tmx');
    await writeFile(file, exportTmx(parts, { name: 'test', version: '0' }));
    const pairs = parts.reduce((n, part) => n + part.blocks.reduce((m, b) => m + b.zh.segments.length, 0), 0);
    const out = translateToolkit(
      `import sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
print(len(store.units))
print(next(u.target for u in store.units if u.getid() == "business-environment.2"))`,
      file,
    );
    expect(out).toBe(`${pairs}\n${EXPORTED}\n`);
  });

  it('opens the 1.2 export (valid against the strict schema); an untouched round trip through it changes nothing', async () => {
    const exported = path.join(root, 'report.xlf');
    const exporting = xliffCli('export', exported, '--xliff', '1.2');
    expect([exporting.status, exporting.stderr]).toEqual([0, '']);
    expect(exporting.stdout).toMatch(/\(XLIFF 1\.2, zh-CN → en\)/);
    const { valid, output } = validateXml(exported, 'xliff12');
    expect(valid, output).toBe(true);

    const saved = path.join(root, 'saved.xlf');
    const { parts } = await loadSiteContent(root);
    const pairs = parts.reduce((n, part) => n + part.blocks.reduce((m, b) => m + b.zh.segments.length, 0), 0);
    // Every sentence opens, translated and none fuzzy, as the export marks them.
    expect(translateToolkit(OPEN_AND_SAVE, exported, saved)).toBe(`${pairs} ${pairs} 0\n`);
    // Its writer lays the file out its own way (the root's attributes in another order, say).
    expect(await readFile(saved, 'utf8')).not.toBe(await readFile(exported, 'utf8'));
    const before = await snapshot();
    const imported = xliffCli('import', saved);
    expect([imported.status, imported.stderr, imported.stdout]).toEqual([
      0,
      '',
      `✓ ${saved} matches the content: nothing to change.\n`,
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('one target changed and saved in the toolkit: the import changes exactly that sentence', async () => {
    const exported = path.join(root, 'report.xlf');
    expect(xliffCli('export', exported, '--xliff', '1.2').status).toBe(0);
    const edited = path.join(root, 'edited.xlf');
    const out = translateToolkit(
      OPEN_AND_SAVE,
      exported,
      edited,
      'business-environment/2',
      'Benchmark fully',
      'Benchmark ourselves fully',
    );
    expect(out.split('\n')[1]).toBe('全面对标大湾区，打响“干就赣好”品牌。');
    const before = await snapshot();
    const imported = xliffCli('import', edited);
    expect([imported.status, imported.stderr]).toEqual([0, '']);
    expect(imported.stdout).toBe(`✓ Updated 1 block(s) in 1 file(s): part-3#business-environment.\n`);
    const after = await snapshot();
    for (const name of Object.keys(before).filter((n) => n !== 'en/part-3.md')) expect(after[name]).toBe(before[name]);
    const line = before['en/part-3.md']!.split('\n').find((l) => l.includes(EXPORTED))!;
    expect(lineDiff(before['en/part-3.md']!, after['en/part-3.md']!)).toEqual([
      [line, line.replace('Benchmark fully', 'Benchmark ourselves fully')],
    ]);
  });
});
