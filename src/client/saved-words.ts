// The reader's own word list ("生词 My words"), kept in localStorage: nothing leaves the browser. Loaded with the
// word lookup, which saves to it, and by the My words page, which lists, removes and exports.

import type { VocabularyWord } from '../lib/vocabulary-files';

const KEY = 'saved-words';

export function savedWords(): VocabularyWord[] {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

function store(words: VocabularyWord[]): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(words));
    return true;
  } catch {
    return false; // storage disabled: nothing to keep the list in
  }
}

export const isSaved = (word: string) => savedWords().some((saved) => saved.word === word);

/** Saves a word (once: saving it again keeps the first sentence and date). */
export function saveWord(word: VocabularyWord): boolean {
  const words = savedWords();
  if (words.some((saved) => saved.word === word.word)) return true;
  return store([...words, word]);
}

export function removeWord(word: string): void {
  store(savedWords().filter((saved) => saved.word !== word));
}
