import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFixture } from '../support/fixtures';
import { formatDiagnostic } from '../../src/content/diagnostics';
import { parseReportFile } from '../../src/content/parse-report-file';
import { noteId, noteRefId } from '../../src/markdown/ids';
import remarkTranslatorNotes from '../../src/markdown/remark-translator-notes';

const DIR = 'tests/fixtures/translator-notes';

describe('public API', () => {
  it('exports the plugin and the ids of a note and of its first marker', () => {
    expect(typeof remarkTranslatorNotes).toBe('function');
    expect([noteId('gan'), noteRefId('gan')]).toEqual(['tn-gan', 'tn-ref-gan']);
  });
});

// Each folder: input.md in the language its name starts with; output.html (the blocks), notes.json (the notes
// with the sentence that first refers to each) and messages.txt (every problem reported).
describe('translator notes', () => {
  for (const name of readdirSync(DIR)) {
    it(name, async () => {
      const input = path.join(DIR, name, 'input.md');
      const parsed = await parseReportFile(input, readFileSync(input, 'utf8'), {
        language: name.startsWith('zh') ? 'zh' : 'en',
      });
      expectFixture(
        path.join(DIR, name, 'output.html'),
        parsed.blocks.map((b) => `<p id="${b.id}">${b.html}</p>`).join('\n') + '\n',
      );
      expectFixture(path.join(DIR, name, 'notes.json'), JSON.stringify(parsed.notes, null, 2) + '\n');
      expectFixture(path.join(DIR, name, 'messages.txt'), parsed.diagnostics.map(formatDiagnostic).join('\n') + '\n');
      // A note's number is drawn by CSS: it is in no sentence and no text.
      if (!parsed.diagnostics.length) for (const block of parsed.blocks) expect(block.text).not.toMatch(/\[\^|\d$/);
    });
  }
});
