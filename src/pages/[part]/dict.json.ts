import type { APIRoute } from 'astro';
import { getGlossary, sourceLabel } from '../../site/glossary';
import { lookUp } from '../../language/chinese/cedict';
import { HAN } from '../../language/chinese/cjk-spacing';
import { toneMarks } from '../../language/chinese/pinyin';
import type { ReportPart } from '../../content/report-schema';
import { getAnnotatedPart } from '../../site/reading-aids';
import { partPaths } from '../../site/report';
import type { WordEntry } from '../../site/part-data';
import { href } from '../../site/urls';
import { glossaryPath } from '../../markdown/ids';

export const getStaticPaths = partPaths;

/**
 * The dictionary for one reader page: only the words that page uses (and, for a word CC-CEDICT lacks, its
 * characters), with the reviewed senses of its words in this page's contexts, fetched when the reader first turns
 * on word lookup.
 */
export const GET: APIRoute<{ part: ReportPart }> = async ({ props }) => {
  const glossary = await getGlossary();
  const { words, senses } = await getAnnotatedPart(props.part);
  const termBySpelling = new Map(glossary.flatMap((entry) => entry.spellings.zh.map((form) => [form, entry] as const)));
  const dictionary: Record<string, WordEntry> = {};
  const add = (word: string) => {
    if (dictionary[word]) return;
    const term = termBySpelling.get(word);
    const cedict = lookUp(word).map(({ traditional, pinyin, glosses }) => ({
      traditional,
      pinyin,
      glosses,
      marks: toneMarks(pinyin),
    }));
    const inContext = senses.get(word);
    dictionary[word] = {
      ...(inContext ? { senses: inContext } : {}),
      ...(term
        ? { term: { zh: term.zh, en: term.en, source: sourceLabel(term), href: href(glossaryPath(term.id)) } }
        : {}),
      cedict,
    };
    if (!cedict.length && [...word].length > 1) for (const char of word) if (HAN.test(char)) add(char);
  };
  for (const word of words) add(word);
  return new Response(JSON.stringify(dictionary), { headers: { 'content-type': 'application/json' } });
};
