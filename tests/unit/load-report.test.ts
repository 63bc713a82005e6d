import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/content/diagnostics';
import { loadReport } from '../../src/content/load-report';
import { expectFixture } from '../support/fixtures';

const FIXTURES = path.resolve('tests/fixtures/content');

// Each folder is a small content tree; messages.txt holds every diagnostic the loader must report for it.
describe('alignment fixtures', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(name, async () => {
      const { diagnostics } = await loadReport(path.join(FIXTURES, name, 'report'));
      const actual = diagnostics.map(formatDiagnostic).join('\n') + '\n';
      expectFixture(path.join(FIXTURES, name, 'messages.txt'), actual);
      if (name !== 'valid') expect(diagnostics.length).toBeGreaterThan(0);
    });
  }
});

describe('the report content', async () => {
  const { parts, diagnostics } = await loadReport('content/report');

  it('loads without a single problem', () => {
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('has parts (二)–(八), the closing address and the annex, in reading order', () => {
    expect(parts.map((part) => part.slug)).toEqual([
      'part-2',
      'part-3',
      'part-4',
      'part-5',
      'part-6',
      'part-7',
      'part-8',
      'closing',
      'annex',
    ]);
    expect(parts.map((part) => part.numeral ?? '')).toEqual(['二', '三', '四', '五', '六', '七', '八', '', '']);
  });

  it('has the 18 annex notes, each with its bold term', () => {
    const notes = parts.at(-1)!.blocks.filter((block) => block.id.startsWith('note-'));
    expect(notes.map((note) => note.id)).toEqual(Array.from({ length: 18 }, (_, i) => `note-${i + 1}`));
    for (const [i, note] of notes.entries()) {
      expect(note.zh.lead).toMatch(new RegExp(`^${i + 1}\\.`));
      expect(note.en.lead).toMatch(new RegExp(`^${i + 1}\\.`));
    }
  });

  it('sets every lead sentence of the body in bold, in both languages', () => {
    for (const part of parts.slice(0, 7)) {
      for (const block of part.blocks.filter((b) => b.kind === 'paragraph' && !b.id.endsWith('-intro'))) {
        if (block.id === 'innovation-collaboration') continue; // the excerpt's opening fragment has no lead
        expect(block.zh.lead, block.id).toMatch(/。$/);
        expect(block.en.lead, block.id).toMatch(/\.$/);
      }
    }
  });

  it('joins the two paragraphs split by a page break', () => {
    const text = parts.flatMap((part) => part.blocks).map((block) => block.zh.text);
    expect(text.some((t) => t.includes('兴国至湖南桂东高速'))).toBe(true);
    expect(text.some((t) => t.includes('补齐乡村医疗机构基础设施短板，积极创建南方医院赣州医院'))).toBe(true);
  });
});
