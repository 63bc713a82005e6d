import { expect, it } from 'vitest';
import { vocabularyAnki, type VocabularyWord } from '../../src/language/vocabulary-files';

const word = (fields: Partial<VocabularyWord>): VocabularyWord => ({
  word: '巩固',
  pinyin: 'gǒng gù',
  glosses: ['to consolidate', 'consolidation'],
  sentence: '巩固拓展脱贫成果。',
  url: '/part-4/#poverty-alleviation-gains.1',
  part: 'part-4',
  ...fields,
});

/** The back of each Anki note: the second field of each line after the four header lines. */
const backs = (words: VocabularyWord[]) =>
  vocabularyAnki(words)
    .trimEnd()
    .split('\n')
    .slice(4)
    .map((line) => line.split('\t')[1]);

it('writes the back of an Anki note as its pinyin, senses, glosses and sentence, leaving out what a word lacks', () => {
  expect(
    backs([
      word({}),
      word({ senses: [{ context: '干事创业', gloss: 'to get things done' }] }),
      // 营商 is in no dictionary: no empty field between two dashes.
      word({ word: '营商', pinyin: 'yíng shāng', glosses: [], sentence: '实施优化营商环境“一号工程”。' }),
    ]),
  ).toEqual([
    'gǒng gù — to consolidate; consolidation — 巩固拓展脱贫成果。',
    'gǒng gù — in 干事创业: to get things done — to consolidate; consolidation — 巩固拓展脱贫成果。',
    'yíng shāng — 实施优化营商环境“一号工程”。',
  ]);
});
