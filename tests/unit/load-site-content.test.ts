import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/content/diagnostics';
import { loadGlossary } from '../../src/content/load-glossary';
import { loadSiteContent } from '../../src/content/load-site-content';
import { expectFixture } from '../support/fixtures';

describe('glossary checks', () => {
  it('reports unused terms, wrongly absent terms, shared spellings, schema errors and missing renderings', async () => {
    const dir = 'tests/fixtures/site-content/glossary-problems';
    const { diagnostics } = await loadSiteContent(dir);
    const actual = diagnostics.map(formatDiagnostic).join('\n') + '\n';
    expectFixture(path.join(dir, 'messages.txt'), actual);
    const rules = new Set(diagnostics.map((d) => d.ruleId));
    for (const rule of [
      'glossary-unused',
      'glossary-absent',
      'glossary-duplicate-spelling',
      'glossary-schema',
      'glossary-id',
      'terminology',
    ]) {
      expect(rules).toContain(rule);
    }
  });
});

it('calls two English spellings the same when the term links would: İ folds to i', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'glossary-fold-'));
  const entry = (zh: string, en: string) =>
    `source: editorial\nzh: ${zh}\nen: ${en}\ndefinition:\n  zh: 释义。\n  en: Definition.\n`;
  writeFileSync(path.join(dir, 'istanbul.yaml'), entry('伊斯坦布尔', 'istanbul'));
  writeFileSync(path.join(dir, 'istanbul-capital.yaml'), entry('伊斯坦堡', 'İSTANBUL'));
  const { diagnostics } = await loadGlossary(dir, dir);
  expect(diagnostics.map((d) => `${d.file} ${d.ruleId}: ${d.message}`)).toEqual([
    'istanbul.yaml glossary-duplicate-spelling: Spelling "istanbul" is also claimed by istanbul-capital.yaml',
  ]);
});

describe('the glossary of this report', async () => {
  const { parts, glossary, diagnostics } = await loadSiteContent('content');
  const body = parts.filter((part) => part.slug !== 'annex');

  it('loads without errors or warnings', () => {
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('has all 18 official notes, 1–6 marked absent and 7–18 used in the report', () => {
    const official = glossary.filter((entry) => entry.source === 'official').sort((a, b) => a.note! - b.note!);
    expect(official.map((entry) => entry.note)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    for (const entry of official) {
      expect(entry.absent, entry.id).toBe(entry.note! <= 6);
      expect(entry.definition.zh.length, entry.id).toBeGreaterThan(0);
      expect(entry.definition.en.length, entry.id).toBeGreaterThan(0);
      if (entry.note! > 6) expect(entry.occurrences.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('has at least 40 editorial entries, among them the shorthand of the report', () => {
    const editorial = glossary.filter((entry) => entry.source === 'editorial');
    expect(editorial.length).toBeGreaterThanOrEqual(40);
    const spellings = new Set(editorial.flatMap((entry) => entry.spellings.zh));
    for (const term of [
      '揭榜挂帅',
      '放管服',
      '一网通办',
      '四个不摘',
      '三权分置',
      '四好农村路',
      '多规合一',
      '林长制',
      '十年禁渔',
      '双减',
      '房住不炒',
      '四个意识',
      '四个自信',
      '两个维护',
      '国之大者',
      '三重一大',
      '雪亮工程',
      '扫黑除恶',
      '赣才回归',
      '干就赣好',
      '亲清赣商',
    ]) {
      expect(spellings, term).toContain(term);
    }
  });

  it('links every occurrence of every spelling in the Chinese text, and the term in the English beside it', () => {
    // Independent count: how often each spelling occurs in the plain text, longest spelling first.
    const forms = glossary
      .flatMap((entry) => entry.spellings.zh.map((form) => ({ form, id: entry.id })))
      .sort((a, b) => b.form.length - a.form.length);
    for (const part of body) {
      for (const block of part.blocks) {
        if (block.kind === 'heading') {
          expect([...block.zh.terms, ...block.en.terms], `${block.id}: headings stay unlinked`).toEqual([]);
          continue;
        }
        let text = block.zh.text;
        const expected: string[] = [];
        for (const { form, id } of forms) {
          const count = text.split(form).length - 1;
          for (let i = 0; i < count; i++) expected.push(id);
          text = text.split(form).join('\u0000');
        }
        expect([...block.zh.terms].sort(), `${part.slug}#${block.id}`).toEqual(expected.sort());
        for (const id of new Set(block.zh.terms)) expect(block.en.terms, `${block.id}: ${id} in English`).toContain(id);
      }
    }
  });
});
