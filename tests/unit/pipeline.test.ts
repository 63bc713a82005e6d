import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/content/diagnostics';
import { parseReportFile } from '../../src/content/parse-report-file';
import * as pipeline from '../../src/markdown/pipeline';
import { BLOCK_ID } from '../../src/markdown/ids';
import remarkBlockIds from '../../src/markdown/remark-block-ids';
import remarkRejectHtml from '../../src/markdown/remark-reject-html';
import { expectFixture } from '../support/fixtures';

const FIXTURES = path.resolve('tests/fixtures/pipeline');

describe('public API', () => {
  it('exports the plugins as default factories and the pipeline builder', () => {
    expect(typeof remarkBlockIds).toBe('function');
    expect(typeof remarkRejectHtml).toBe('function');
    expect(Object.keys(pipeline)).toEqual(['createReportPipeline']);
    expect(BLOCK_ID.test('business-environment')).toBe(true);
    expect(BLOCK_ID.test('Business_Environment')).toBe(false);
  });
});

// Each folder holds input.md; output.html is the rendered blocks and messages.txt the diagnostics.
// Run with UPDATE_FIXTURES=1 to rewrite them after an intended change, then review the diff.
describe('fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(name, async () => {
      const dir = path.join(FIXTURES, name);
      const file = `tests/fixtures/pipeline/${name}/input.md`;
      const result = await parseReportFile(file, readFileSync(path.join(dir, 'input.md'), 'utf8'));
      const output = result.blocks
        .map(
          (block) =>
            `<!-- ${block.id} ${block.kind} line ${block.line} ${JSON.stringify(block.attributes)} -->\n${block.html}\n`,
        )
        .join('');
      const messages = result.diagnostics.map(formatDiagnostic).join('\n') + '\n';
      for (const [fileName, actual] of [
        ['output.html', output],
        ['messages.txt', messages],
      ] as const) {
        expectFixture(path.join(dir, fileName), actual);
      }
    });
  }
});

describe('parseReportFile', () => {
  it('renders a bold lead sentence that ends in Chinese punctuation', async () => {
    const result = await parseReportFile(
      'x.md',
      '---\npart: 2\ntitle: t\n---\n\n{#a}\n**厚植创新创业土壤。**出台更具吸引力的人才政策。\n',
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.blocks[0]!.html).toBe('<strong>厚植创新创业土壤。</strong>出台更具吸引力的人才政策。');
    expect(result.blocks[0]!.lead).toBe('厚植创新创业土壤。');
  });

  it('turns a throwing plugin into an error that names the file, instead of an empty page', async () => {
    const explode = () => () => {
      throw new Error('boom');
    };
    const result = await parseReportFile(
      'content/report/zh/part-3.md',
      '---\npart: 3\ntitle: t\n---\n\n{#a}\nText.\n',
      {
        remarkPlugins: [explode],
      },
    );
    expect(result.blocks).toEqual([]);
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).toMatch(
      /^content\/report\/zh\/part-3\.md:1:1 {2}error {2}A Markdown plugin failed on this file: boom {2}\[plugin-error\]/,
    );
  });
});
