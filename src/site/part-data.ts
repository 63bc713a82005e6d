// The JSON a reader page fetches on first use (`/part-3/terms.json` …): written by the endpoints under
// src/pages/[part]/, read by the client. Types and one key, so the client loads next to nothing from here.

import type { GlossaryEntry } from '../content/glossary-entry-schema';
import type { CedictEntry } from '../language/chinese/cedict';
import type { EchoMatch, SentenceEchoes } from '../features/echoes/find-echoes';
import type { ContextSense } from '../language/vocabulary-files';
import type { CitationWithQuote } from '../shared/citation-access';
import type { Bilingual } from '../shared/languages';

// Each citation of `cite.json`, in the shape finishCitation completes.
export type { CitationWithQuote };

/**
 * The key of the page's title in `aids.json`, beside the block ids: a part that does not open with a heading of
 * its own (（二）节选, 结束语) is titled from its frontmatter. No block id starts with #.
 */
export const PART_TITLE_KEY = '#title';

/** What a term popover shows (`terms.json`, by glossary id); plain text, so the client only ever sets textContent. */
export interface TermPopoverData extends Pick<GlossaryEntry, 'zh' | 'en'> {
  definition: Bilingual;
  source: Bilingual;
  href: string;
}

/**
 * What the word lookup shows for one word (`dict.json`): its glossary entry if it is a term (as a popover shows
 * it, without the definition), its reviewed senses where CC-CEDICT's first sense misleads in this part's text, and
 * CC-CEDICT's entries.
 */
export interface WordEntry {
  term?: Omit<TermPopoverData, 'definition'>;
  /** Reviewed, from content/reading/glosses.tsv: shown first, each with the context it holds in. */
  senses?: ContextSense[];
  /** CC-CEDICT's entries, unaltered, with their pinyin also in tone marks for display. */
  cedict: (Pick<CedictEntry, 'traditional' | 'pinyin' | 'glosses'> & { marks: string })[];
}

/** The citations of one block (`cite.json`, by block id): the paragraph's, then one per sentence. */
export interface BlockCitations {
  paragraph: CitationWithQuote;
  sentences: CitationWithQuote[];
}

/**
 * The echoes of one reader page (`echoes.json`, by block id, then one entry per sentence in order, `[n - 1]`):
 * fetched when the reader first opens a sentence's context or turns on "本地 Local". Offsets are into the
 * sentence's text as the page shows it (its Chinese segment); national offsets into the national sentence.
 */
export type PartEchoesData = Record<string, SentenceEchoData[]>;
/** A sentence's echoes (SentenceEchoes of find-echoes.ts), `share` rounded to two places, offsets as pairs. */
export interface SentenceEchoData extends Pick<SentenceEchoes, 'share' | 'omitted'> {
  /** Every echoed stretch of the Chinese sentence, merged, as [start, end] offsets. */
  spans: [number, number][];
  /** The national sentences that share its formulations, most shared first. */
  matches: EchoMatchData[];
}
/** One of them (EchoMatch of find-echoes.ts): the national sentence's id (`2022.457`) and text, and its link. */
export interface EchoMatchData extends Pick<EchoMatch, 'year'>, Pick<EchoMatch['sentence'], 'id' | 'text'> {
  href: string;
  /** The shared runs in the national sentence, as [start, end] offsets. */
  runs: [number, number][];
  /** How many other years of the national corpus have one of these runs. */
  others: number;
}
