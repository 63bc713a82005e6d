import { partNumber } from '../content/part-label';
import type { ReportPart } from '../content/report-schema';
import { noteNumberOf, type SentencePlace } from '../markdown/ids';
import type { Bilingual } from '../shared/languages';

/**
 * Short names for places in the report, the same on every page that lists sentences (the figures table, the
 * Context page, the national reports' links back):
 * - a part: its number, "（三）" / "(III)", or its title when it has none;
 * - a block of it: "第3段" / "¶ 3" (headings not counted), "标题" / "heading", an annex note "注4" / "note 4";
 * - a sentence: "（三）第3段第2句" / "(III) ¶ 3, sentence 2"; "（三）标题" / "(III) heading"; in a part without a
 *   number, "结束语 第1段第3句"; "附件注4第1句" / "Annex, note 4, sentence 1".
 */
export function placeLabels(parts: readonly ReportPart[]) {
  const bySlug = new Map(parts.map((part) => [part.slug, part]));
  const partOf = (slug: string) => {
    const found = bySlug.get(slug);
    if (!found) throw new Error(`The report has no part "${slug}"`);
    return found;
  };
  const part = (slug: string): Bilingual => {
    const found = partOf(slug);
    return partNumber(found) ?? found.title;
  };
  const blockOf = (slug: string, id: string) => {
    const found = partOf(slug).blocks.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`Part "${slug}" has no block "${id}"`);
    return found;
  };
  const block = (slug: string, id: string): Bilingual => {
    const note = noteNumberOf(id);
    if (note !== undefined) return { zh: `注${note}`, en: `note ${note}` };
    const found = blockOf(slug, id);
    if (found.kind === 'heading') return { zh: '标题', en: 'heading' };
    const paragraphs = partOf(slug).blocks.filter((candidate) => candidate.kind === 'paragraph');
    const paragraph = paragraphs.indexOf(found) + 1;
    return { zh: `第${paragraph}段`, en: `¶ ${paragraph}` };
  };
  const sentence = ({ part: slug, block: id, sentence: n }: SentencePlace): Bilingual => {
    const note = noteNumberOf(id);
    if (note !== undefined) return { zh: `附件注${note}第${n}句`, en: `Annex, note ${note}, sentence ${n}` };
    const [where, what] = [part(slug), block(slug, id)];
    // A number closes itself off, （三）第3段; a title needs a space, 结束语 第1段.
    const zh = `${where.zh}${partNumber(partOf(slug)) ? '' : ' '}${what.zh}`;
    if (blockOf(slug, id).kind === 'heading') return { zh, en: `${where.en} ${what.en}` };
    return { zh: `${zh}第${n}句`, en: `${where.en} ${what.en}, sentence ${n}` };
  };
  return { part, block, sentence };
}
