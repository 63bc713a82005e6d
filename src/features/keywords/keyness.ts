// Keyness by log-likelihood (Dunning 1993; Rayson & Garside 2000): how much more often a word occurs in one
// corpus than in another of a different size, as the G² statistic of the 2×2 table word / other words × corpus.

/** How often a word occurs in a corpus, and the corpus's size in counted words. */
export interface Frequency {
  count: number;
  total: number;
}

/** o ln(o / e), taken as 0 when o is 0: the limit of x ln x at 0, so a word absent from one corpus still scores. */
const term = (observed: number, expected: number) => (observed > 0 ? observed * Math.log(observed / expected) : 0);

/**
 * G² = 2 Σ O ln(O / E) over the four cells of the table (the word and the other words, in each corpus), each E the
 * cell's share of the whole under the hypothesis that both corpora use the word at the same rate. Zero when the
 * word occurs in neither. This is Dunning's four-cell form; the two-cell form of Rayson & Garside's calculator (the
 * word's row only) gives slightly lower scores for frequent words.
 */
export function logLikelihood(study: Frequency, reference: Frequency): number {
  const total = study.total + reference.total;
  const word = study.count + reference.count;
  if (word === 0 || total === 0) return 0;
  const expected = (corpusTotal: number, cellTotal: number) => (corpusTotal * cellTotal) / total;
  const others = total - word;
  return (
    2 *
    (term(study.count, expected(study.total, word)) +
      term(reference.count, expected(reference.total, word)) +
      term(study.total - study.count, expected(study.total, others)) +
      term(reference.total - reference.count, expected(reference.total, others)))
  );
}

/** More frequent, relative to its size, in the study corpus than in the reference. */
export const overRepresented = (study: Frequency, reference: Frequency): boolean =>
  study.count * reference.total > reference.count * study.total;
