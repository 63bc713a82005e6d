import { z } from 'astro/zod';
import type { ElementContent } from 'hast';
import type { FootnoteDefinition, Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import type { Processor } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Language } from '../shared/languages';
import { noteId, noteRefId } from './ids';
import { textOf } from './lib/text-of';

/** Options for {@link remarkTranslatorNotes}. */
export interface RemarkTranslatorNotesOptions {
  language: Language;
}

/** One translator's note of a file, numbered in order of first reference. */
export const translatorNoteSchema = z.object({
  label: z.string(),
  number: z.number().int(),
  /** The note's text as inline HTML (it may have emphasis). */
  html: z.string(),
  text: z.string(),
  line: z.number().int(),
});
export type TranslatorNote = z.output<typeof translatorNoteSchema>;

declare module 'vfile' {
  interface DataMap {
    notes: TranslatorNote[];
  }
}

/** Chinese quoted in an English note, marked as Chinese (for its font, and for screen readers). */
function markChinese(node: ElementContent): ElementContent[] {
  if (node.type === 'element') return [{ ...node, children: node.children.flatMap(markChinese) }];
  if (node.type !== 'text') return [node];
  // split() with a capturing group puts the Chinese runs at the odd indexes.
  return node.value
    .split(/(\p{Script=Han}[\p{Script=Han}，、。（）]*)/u)
    .map(
      (part, i): ElementContent =>
        i % 2
          ? {
              type: 'element',
              tagName: 'span',
              properties: { lang: 'zh-CN' },
              children: [{ type: 'text', value: part }],
            }
          : { type: 'text', value: part },
    )
    .filter((part) => part.type !== 'text' || part.value);
}

/**
 * Translator's notes, written in the English files as Markdown footnotes: `[^label]` after the words a note
 * explains, and `[^label]: The note.` on a line of its own after the paragraph. Takes the definitions out of the
 * tree (they are no blocks of the report) onto `file.data.notes`, numbered in order of first reference, and turns
 * each reference into an empty marker link: the page shows its number with CSS, so the number never enters the
 * text, its sentences, search or a copy. Reports a note referenced but not defined (or the reverse), a label
 * defined twice, and any note in a Chinese file.
 */
export default function remarkTranslatorNotes(this: Processor, { language }: RemarkTranslatorNotesOptions) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());

  return (tree: Root, file: VFile) => {
    const problem = (reason: string, place: FootnoteDefinition['position'], note: string) => {
      const message = file.message(reason, { place, ruleId: 'translator-note', source: 'report' });
      message.fatal = true;
      message.note = note;
    };

    const definitions = new Map<string, FootnoteDefinition>();
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'footnoteDefinition') return true;
      const label = node.label ?? node.identifier;
      if (language === 'zh')
        problem(
          `Translator's note [^${label}] in the Chinese text`,
          node.position,
          'Notes belong in the English file.',
        );
      else if (definitions.has(node.identifier))
        problem(`Note [^${label}] is defined twice`, node.position, 'Give each note its own label.');
      else definitions.set(node.identifier, node);
      return false;
    });

    const numbers = new Map<string, number>();
    visit(tree, (node, index, parent) => {
      const undefinedReference = node.type === 'text' ? /\[\^[^\]\s]+\]/.exec(node.value) : null;
      if (undefinedReference && node.position) {
        // Markdown leaves a reference to a note nobody wrote as plain text.
        const { line, column } = node.position.start;
        const place = { start: { line, column: column + undefinedReference.index }, end: node.position.end };
        problem(
          `Note ${undefinedReference[0]} is referenced but not defined`,
          place,
          `Write it on a line of its own after the paragraph: ${undefinedReference[0]}: The note.`,
        );
        return;
      }
      if (node.type !== 'footnoteReference' || !parent || index === undefined) return;
      const label = node.label ?? node.identifier;
      if (language === 'zh') {
        problem(
          `Translator's note [^${label}] in the Chinese text`,
          node.position,
          'Notes belong in the English file.',
        );
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const first = !numbers.has(node.identifier);
      if (first) numbers.set(node.identifier, numbers.size + 1);
      const number = numbers.get(node.identifier)!;
      const marker = {
        type: 'translatorNoteReference',
        position: node.position,
        data: {
          hName: 'a',
          hProperties: {
            className: ['note-ref'],
            href: `#${noteId(label)}`,
            id: first ? noteRefId(label) : undefined,
            dataNote: String(number),
            ariaLabel: `Translator's note ${number}`,
          },
          hChildren: [],
        },
      };
      parent.children.splice(index, 1, marker as never);
      return SKIP;
    });

    for (const [identifier, definition] of definitions) {
      if (!numbers.has(identifier))
        problem(
          `Note [^${definition.label ?? identifier}] is defined but never referenced`,
          definition.position,
          'Put the marker after the words it explains, or delete the note.',
        );
    }
    file.data.notes = [...numbers]
      .map(([identifier, number]) => {
        const definition = definitions.get(identifier)!;
        // A note is one paragraph: its inline content becomes the list item and the popover.
        const paragraph = definition.children[0];
        const hast = paragraph ? toHast(paragraph) : undefined;
        const inline = hast && hast.type === 'element' ? hast.children.flatMap(markChinese) : [];
        return {
          label: definition.label ?? identifier,
          number,
          html: toHtml(inline),
          text: inline.map(textOf).join(''),
          line: definition.position?.start.line ?? 1,
        };
      })
      .sort((a, b) => a.number - b.number);
  };
}
