import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { expectFixture } from '../support/fixtures';
import { loadReport } from '../../src/content/load-report';
import { sentenceEnds, splitSentences } from '../../src/language/split-sentences';
import { createReportPipeline } from '../../src/markdown/pipeline';
import { SEGMENT_MARKER } from '../../src/markdown/ids';
import rehypeSentenceSegments from '../../src/markdown/rehype-sentence-segments';

describe('public API', () => {
  it('exports the splitter, the plugin and its marker pattern', () => {
    expect(typeof sentenceEnds).toBe('function');
    expect(typeof splitSentences).toBe('function');
    expect(typeof rehypeSentenceSegments).toBe('function');
    expect('a {+}b {/}c'.match(SEGMENT_MARKER)).toEqual(['{+}', '{/}']);
    expect(splitSentences('One. Two.', 'en')).toEqual(['One.', 'Two.']);
  });
});

// Each folder: input.txt in the language its name starts with; output.json, the sentences it must split into.
describe('sentence splitting', () => {
  const dir = 'tests/fixtures/sentences';
  for (const name of readdirSync(dir)) {
    it(name, () => {
      const input = readFileSync(path.join(dir, name, 'input.txt'), 'utf8');
      const sentences = splitSentences(input, name.startsWith('zh') ? 'zh' : 'en');
      expect(sentences.join('').replace(/\s+/g, '')).toBe(input.replace(/\s+/g, ''));
      expectFixture(path.join(dir, name, 'output.json'), JSON.stringify(sentences, null, 2) + '\n');
    });
  }
});

// Each folder: input.md, a report file in the language its name starts with; output.html, the segmented blocks;
// messages.txt, the problems the plugin reports (empty when none).
describe('rehype-sentence-segments', () => {
  const dir = 'tests/fixtures/sentence-segments';
  for (const name of readdirSync(dir)) {
    it(name, async () => {
      const file = new VFile({ path: 'input.md', value: readFileSync(path.join(dir, name, 'input.md'), 'utf8') });
      const { hast } = await createReportPipeline({ language: name.startsWith('zh') ? 'zh' : 'en' }).run(file);
      expectFixture(path.join(dir, name, 'output.html'), toHtml(hast) + '\n');
      const messages = file.messages.map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.reason}`);
      expectFixture(path.join(dir, name, 'messages.txt'), messages.map((m) => m + '\n').join(''));
    });
  }
});

describe('the report', () => {
  it('is aligned sentence by sentence, within the 16 sentences a block the reader styles', async () => {
    const { parts, diagnostics } = await loadReport('content/report');
    expect(diagnostics.filter((d) => d.ruleId.startsWith('segment'))).toEqual([]);
    for (const block of parts.flatMap((part) => part.blocks)) {
      expect(block.en.segments.length, block.id).toBe(block.zh.segments.length);
      expect(block.zh.segments.length, block.id).toBeGreaterThan(0);
      expect(block.zh.segments.length, `${block.id}: BlockPair.astro styles 16 sentences`).toBeLessThanOrEqual(16);
      if (block.zh.lead) expect(block.zh.segments[0]).toBe(block.zh.lead);
    }
  });
});
