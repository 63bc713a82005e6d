import type { Bilingual } from '../shared/languages';

/** A stretch of the English note that quotes Chinese, which wants its own language where the note is HTML. */
export type NoteRun = string | { zh: string };

/**
 * What the pinyin shows of 一 and 不, said beside it on the reader page and on the pinyin e-book's cover: the
 * readings are the dictionary's, not the tone changes of speech.
 */
export const PINYIN_NOTE: { zh: string; en: readonly NoteRun[] } = {
  zh: '拼音按词典标调：“一”“不”标作 yī、bù，口语中的变调不标（一批读 yì pī，不断读 bú duàn）。',
  en: [
    'Pinyin shows dictionary tones: ',
    { zh: '“一”' },
    ' and ',
    { zh: '“不”' },
    ' are marked yī and bù throughout, though speech changes them (',
    { zh: '一批' },
    ' is said yì pī, ',
    { zh: '不断' },
    ' bú duàn).',
  ],
};

/** The note as plain text, where its quotations go unmarked. */
export const plainPinyinNote = (): Bilingual => ({
  zh: PINYIN_NOTE.zh,
  en: PINYIN_NOTE.en.map((run) => (typeof run === 'string' ? run : run.zh)).join(''),
});
