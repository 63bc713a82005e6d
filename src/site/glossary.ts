import type { GlossaryEntry } from '../content/glossary-entry-schema';
import type { ReportPart } from '../content/report-schema';
import type { Bilingual } from '../shared/languages';
import { collectionData } from './collections';

const collator = new Intl.Collator('zh-CN');
/** Sort key: the headword without quotation marks and brackets, so “5020”项目 sorts by 5020. */
const sortKey = (entry: GlossaryEntry) => entry.zh.replace(/[“”《》（）()"]/g, '');

/** Every glossary entry, ordered by the pinyin of its headword. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  return (await collectionData('glossary')).sort((a, b) => collator.compare(sortKey(a), sortKey(b)));
}

/** The label that tells official annex notes from this site's own notes, in both languages. */
export function sourceLabel(entry: Pick<GlossaryEntry, 'source' | 'note'>): Bilingual {
  return entry.source === 'official'
    ? { zh: `名词注释 ${entry.note}`, en: `Official note ${entry.note}` }
    : { zh: '编者注', en: "Editor's note" };
}

/** The glossary entries a part links to, in the order the part first uses them (Chinese before English). */
export function termsUsedIn(part: Pick<ReportPart, 'blocks'>, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  const byId = new Map(glossary.map((entry) => [entry.id, entry]));
  const ids = new Set(part.blocks.flatMap((block) => [...block.zh.terms, ...block.en.terms]));
  return [...ids].map((id) => byId.get(id)).filter((entry) => entry !== undefined);
}
