import type { SentencePlace } from '../../markdown/ids';
import type { ReportEchoes, Span } from './find-echoes';

/** A national sentence the report echoes, seen from the national report. */
export interface EchoedNationalSentence {
  /** The shared runs, merged, as offsets into the national sentence's text: what its page marks. */
  spans: Span[];
  /** The report's sentences that echo it, in reading order, each once. */
  sources: SentencePlace[];
}

/**
 * The echoes turned round, for the national reports' pages: for each national sentence that a report sentence's
 * matches name, keyed by its id (`2022.457`), where the report echoes it and which stretches are shared. Only
 * the matches the echoes keep are counted (those left out by the cap of a year are named nowhere).
 */
export function echoedNationalSentences(echoes: ReportEchoes): Map<string, EchoedNationalSentence> {
  const byId = new Map<string, EchoedNationalSentence>();
  for (const part of echoes.parts) {
    for (const block of part.blocks) {
      for (const sentence of block.sentences) {
        for (const match of sentence.matches) {
          let entry = byId.get(match.sentence.id);
          if (!entry) byId.set(match.sentence.id, (entry = { spans: [], sources: [] }));
          // A sentence's matches name each national sentence once, so each source is listed once.
          entry.sources.push({ part: part.slug, block: block.id, sentence: sentence.index + 1 });
          entry.spans.push(...match.runs.map((run) => run.national));
        }
      }
    }
  }
  for (const entry of byId.values()) entry.spans = mergeSpans(entry.spans);
  return byId;
}

/** Overlapping or touching stretches joined, in order. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
