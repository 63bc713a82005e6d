// Builds a synthetic content folder: this report repeated as `copies` distinct reports, with unique part
// numbers, file names, block ids and titles, and the reviewed figures, reviewed pinyin and reference text to
// match, for scaling benchmarks.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseContentYaml } from '../../src/content/content-yaml';
import { REVIEWED_FIGURES } from '../../src/content/load-figures';
import { DOCUMENT_TITLE } from '../../src/content/rules/reference-text';

const PART_STRIDE = 100;

/**
 * Writes `out/` with report/, glossary/, figures/, reading/ and reference/ for `copies` reports. Copy 1 is the report as it is
 * (it keeps the annex, which defines the official glossary entries); copies 2… repeat its body with ids and
 * titles suffixed `-rN` / "(N)", so every copy is a distinct part of the corpus.
 */
export async function writeSyntheticCorpus(source: string, out: string, copies: number): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await cp(path.join(source, 'glossary'), path.join(out, 'glossary'), { recursive: true });
  const names = (await readdir(path.join(source, 'report', 'zh'))).filter((name) => name.endsWith('.md'));
  const bodyNames = names.filter((name) => name !== 'annex.md');
  for (const lang of ['zh', 'en']) {
    const dir = path.join(out, 'report', lang);
    await mkdir(dir, { recursive: true });
    for (const name of names) await cp(path.join(source, 'report', lang, name), path.join(dir, name));
    for (let copy = 2; copy <= copies; copy++) {
      for (const name of bodyNames) {
        const text = await readFile(path.join(source, 'report', lang, name), 'utf8');
        const renamed = text
          .replace(/^part: (\d+)$/m, (_, n) => `part: ${copy * PART_STRIDE + Number(n)}`)
          .replace(/^title: (.*)$/m, (_, title) => `title: ${title} (${copy})`)
          .replace(/^\{#([a-z0-9-]+)/gm, (_, id) => `{#${id}-r${copy}`);
        await writeFile(path.join(dir, name.replace(/\.md$/, `-r${copy}.md`)), renamed);
      }
    }
  }
  // The reviewed figures of every copy: the body's under each copy's block ids (the annex is in copy 1 only).
  const reviewedYaml = parseContentYaml(await readFile(path.join(source, REVIEWED_FIGURES), 'utf8'));
  const [problem] = reviewedYaml.problems;
  if (problem) throw new Error(`${source}/${REVIEWED_FIGURES}:${problem.line}:${problem.column}: ${problem.message}`);
  const reviewed = (reviewedYaml.value ?? {}) as Record<string, unknown>;
  const annexIds = new Set(
    [...(await readFile(path.join(source, 'report', 'zh', 'annex.md'), 'utf8')).matchAll(/^\{#([a-z0-9-]+)/gm)].map(
      (m) => m[1],
    ),
  );
  const copied = { ...reviewed };
  for (let copy = 2; copy <= copies; copy++) {
    for (const [id, figures] of Object.entries(reviewed)) if (!annexIds.has(id)) copied[`${id}-r${copy}`] = figures;
  }
  await mkdir(path.join(out, path.dirname(REVIEWED_FIGURES)), { recursive: true });
  await writeFile(path.join(out, REVIEWED_FIGURES), stringify(copied, { aliasDuplicateObjects: false }));
  // The reviewed pinyin of every copy, so the pinyin rule does for each copy what it does for the report.
  const [header, ...readings] = (await readFile(path.join(source, 'reading', 'polyphones.tsv'), 'utf8'))
    .trimEnd()
    .split('\n');
  const copiedReadings = [...readings];
  for (let copy = 2; copy <= copies; copy++) {
    for (const row of readings) {
      const [part, block, ...rest] = row.split('\t');
      if (part !== 'annex') copiedReadings.push([`${part}-r${copy}`, `${block}-r${copy}`, ...rest].join('\t'));
    }
  }
  await mkdir(path.join(out, 'reading'), { recursive: true });
  await writeFile(path.join(out, 'reading', 'polyphones.tsv'), [header, ...copiedReadings].join('\n') + '\n');
  // The reference in reading order: title, body and annex of copy 1, then the body of each further copy.
  const reference = await readFile(path.join(source, 'reference', 'report.zh.txt'), 'utf8');
  const annexAt = reference.indexOf('附件');
  const body = reference.slice(reference.indexOf(DOCUMENT_TITLE) + DOCUMENT_TITLE.length, annexAt);
  await mkdir(path.join(out, 'reference'), { recursive: true });
  await writeFile(path.join(out, 'reference', 'report.zh.txt'), reference + body.repeat(copies - 1));
}
