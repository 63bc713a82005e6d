import path from 'node:path';
import { escapeXml } from '../shared/escape-xml';
import { noteBlockId } from '../markdown/ids';
import type { Diagnostic } from './diagnostics';
import type { FigureRow } from './figure-schema';
import type { GlossaryEntry, TermOccurrence } from './glossary-entry-schema';
import { loadFigures } from './load-figures';
import { loadGlossary, type GlossaryRecord } from './load-glossary';
import { loadReport } from './load-report';
import { loadReviewedWords } from './load-reviewed-words';
import { loadReviewedLexicon } from './load-reviewed-lexicon';
import type { ReviewedWord } from '../language/chinese/reviewed-words';
import type { ReviewedLexicon } from '../language/chinese/reviewed-lexicon';
import type { AlignedBlock, ReportPart } from './report-schema';
import { type Language, LANGUAGES } from '../shared/languages';

export interface SiteContent {
  parts: ReportPart[];
  glossary: GlossaryEntry[];
  /** Every figure of the Chinese text, in reading order. */
  figures: FigureRow[];
  /** The reviewed readings of words (content/reading/words.tsv), which the pinyin the site shows applies. */
  words: ReviewedWord[];
  /** The reviewed words' file, as messages name it. */
  wordsFile: string;
  /** The reviewed segmentation and glosses of the reading aids (content/reading/). */
  lexicon: ReviewedLexicon;
  diagnostics: Diagnostic[];
}

/** The annex part: its notes are the definitions of the official glossary entries. */
export const ANNEX_SLUG = 'annex';

export interface LoadSiteContentOptions {
  /** Folder that paths in messages are relative to; the current folder by default. */
  cwd?: string;
  /** Report texts to read instead of the files on disk, by absolute path (see LoadReportOptions). */
  files?: ReadonlyMap<string, string>;
}

/**
 * Loads the glossary and the report together: the report's text is linked to the glossary, and the glossary
 * takes its official definitions and its occurrences from the report; then reads the report's figures.
 * `root` holds `report/`, `glossary/`, `figures/` and `reading/`.
 */
export async function loadSiteContent(root: string, options: LoadSiteContentOptions = {}): Promise<SiteContent> {
  const { cwd = process.cwd(), files } = options;
  const glossary = await loadGlossary(path.join(root, 'glossary'), cwd);
  const terms = (language: Language) =>
    glossary.entries.map((entry) => ({ id: entry.id, forms: entry.spellings[language] }));
  const report = await loadReport(path.join(root, 'report'), {
    cwd,
    files,
    pipeline: (language) => ({ glossary: terms(language) }),
  });
  const figures = await loadFigures(root, report.parts, cwd, { complete: report.complete });
  const words = loadReviewedWords(root, cwd);
  const lexicon = loadReviewedLexicon(root, cwd);
  const diagnostics = [
    ...glossary.diagnostics,
    ...report.diagnostics,
    ...figures.diagnostics,
    ...words.diagnostics,
    ...lexicon.diagnostics,
  ];
  const annex = report.parts.find((part) => part.slug === ANNEX_SLUG);
  const found = occurrencesByTerm(report.parts);
  const entries = glossary.entries.map((record) =>
    toEntry(record, found.get(record.id) ?? [], annex, diagnostics, report.complete),
  );
  const ids = new Set(entries.map((entry) => entry.id));
  // A file that cannot be read is reported alone: what the others miss of it is no problem of theirs.
  for (const entry of glossary.complete ? entries : []) {
    for (const id of entry.related.filter((related) => !ids.has(related))) {
      diagnostics.push({
        file: entry.file,
        line: entry.lines.related ?? 1,
        column: 1,
        severity: 'error',
        ruleId: 'glossary-reference',
        message: `"related" names "${id}", which is no glossary entry`,
        hint: 'Use the file name (without .yaml) of an entry in content/glossary/.',
      });
    }
  }
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return {
    parts: report.parts,
    glossary: entries,
    figures: figures.rows,
    words: words.words,
    wordsFile: words.file,
    lexicon: lexicon.words,
    diagnostics,
  };
}

/** A term's occurrence with the part and block it is in, for messages that name their files and lines. */
interface FoundTerm {
  occurrence: TermOccurrence;
  part: ReportPart;
  block: AlignedBlock;
}

/** Each term's occurrences in the report body, in reading order: one pass over the blocks for all the terms. */
function occurrencesByTerm(parts: ReportPart[]): Map<string, FoundTerm[]> {
  const byTerm = new Map<string, FoundTerm[]>();
  for (const part of parts) {
    if (part.slug === ANNEX_SLUG) continue; // the annex defines terms; occurrences are in the report body
    for (const block of part.blocks) {
      const inBlock = new Map<string, FoundTerm>();
      for (const language of LANGUAGES) {
        for (const id of block[language].terms) {
          let found = inBlock.get(id);
          if (!found)
            inBlock.set(id, (found = { occurrence: { part: part.slug, block: block.id, zh: 0, en: 0 }, part, block }));
          found.occurrence[language]++;
        }
      }
      for (const [id, found] of inBlock) {
        const list = byTerm.get(id);
        if (list) list.push(found);
        else byTerm.set(id, [found]);
      }
    }
  }
  return byTerm;
}

function toEntry(
  record: GlossaryRecord,
  found: FoundTerm[],
  annex: ReportPart | undefined,
  diagnostics: Diagnostic[],
  reportComplete: boolean,
): GlossaryEntry {
  const problem = (
    key: string,
    message: string,
    ruleId: string,
    hint: string,
    severity: Diagnostic['severity'] = 'error',
  ) =>
    diagnostics.push({ file: record.file, line: record.lines[key] ?? 1, column: 1, severity, message, ruleId, hint });

  let definition = { zh: '', en: '' };
  if (record.source === 'editorial') {
    definition = { zh: escapeXml(record.definition.zh), en: escapeXml(record.definition.en) };
  } else {
    const note = annex?.blocks.find((block) => block.id === noteBlockId(record.note));
    if (!note && reportComplete) {
      problem(
        'note',
        `Official note ${record.note} is not in the annex`,
        'glossary-note',
        `The annex file must have a block {#${noteBlockId(record.note)}}.`,
      );
    } else if (note) {
      definition = { zh: withoutLead(note.zh.html), en: withoutLead(note.en.html) };
    }
  }

  for (const { occurrence, part, block } of found) {
    if (occurrence.zh && !occurrence.en) {
      problem(
        'en',
        `"${record.zh}" occurs in the Chinese of block "${block.id}" (${part.files.zh}:${block.zh.line}) but its English has none of: ${record.spellings.en.join(' | ')}`,
        'terminology',
        `Use the approved rendering in ${part.files.en}:${block.en.line}, or add the wording it uses to enForms.`,
        'warning',
      );
    }
  }
  const occurrences = found.map(({ occurrence }) => occurrence);
  const absent = record.absent ?? false;
  if (!absent && !occurrences.length && reportComplete) {
    problem(
      'zh',
      `"${record.zh}" occurs nowhere in the report`,
      'glossary-unused',
      'Fix forms to match the text, or mark the entry "absent: true" if the term is not in this excerpt.',
    );
  }
  if (absent && occurrences.length) {
    problem(
      'absent',
      `"${record.zh}" is marked absent but occurs in ${occurrences.length} paragraph(s)`,
      'glossary-absent',
      'Remove "absent: true".',
    );
  }
  return {
    id: record.id,
    source: record.source,
    note: record.source === 'official' ? record.note : undefined,
    zh: record.zh,
    en: record.en,
    spellings: record.spellings,
    absent,
    definition,
    related: record.related ?? [],
    file: record.file,
    lines: record.lines,
    occurrences,
  };
}

/**
 * An annex note's definition for the glossary: its HTML without the bold term, the sentence wrappers (the
 * definition stands alone, and a Chinese wrapper's id is the annex sentence's anchor, not the glossary's) or
 * translator's note markers (the notes are listed on the annex page):
 * `<span data-s="1" id="note-7.1"><strong>7.安静生产期：</strong></span><span data-s="2" id="note-7.2">每月…</span>`
 * → "每月…". The report's HTML has no other spans, so each closing tag left is a wrapper's.
 */
function withoutLead(html: string): string {
  return html
    .replace(/^(<span data-s="1"[^>]*>)?<strong>.*?<\/strong>\s*(<\/span>)?/, '')
    .replace(/<span data-s="\d+"[^>]*>|<\/span>/g, '')
    .replace(/<a class="note-ref"[^>]*><\/a>/g, '');
}
