// The reader's own word list ("生词 My words"), kept in localStorage: nothing leaves the browser. Loaded with the
// word lookup, which saves to it, and by the My words page, which lists, removes and exports.
//
// Nothing a reader saved is lost. A stored list that cannot be read whole (cut short, or changed by hand or by
// another program) is first copied as it is under a key of its own, never written over; only once that copy is
// made does the list go on with the words it could read. The My words page offers each copy for download and
// removal, which is the reader's choice.

import type { VocabularyWord } from '../language/vocabulary-files';

const KEY = 'saved-words';
/** A copy set aside is kept under this prefix and the time it was set aside. */
const KEPT = 'saved-words-unreadable-';

/** Whether a change was stored, and if not, why: storage is full, or the browser does not allow it. */
export type Stored = 'ok' | 'full' | 'off';

/** A stored value the list could not read, kept as it was. */
export interface KeptValue {
  key: string;
  /** When it was set aside (ISO 8601); empty while it could not be set aside and still is the list itself. */
  time: string;
  text: string;
}

const why = (error: unknown): Stored =>
  error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'off';

function isWord(value: unknown): value is VocabularyWord {
  if (typeof value !== 'object' || value === null) return false;
  const word = value as Record<keyof VocabularyWord, unknown>;
  return (
    typeof word.word === 'string' &&
    word.word !== '' &&
    typeof word.pinyin === 'string' &&
    Array.isArray(word.glosses) &&
    word.glosses.every((gloss) => typeof gloss === 'string') &&
    (word.senses === undefined ||
      (Array.isArray(word.senses) &&
        word.senses.every(
          (sense: unknown) =>
            typeof sense === 'object' &&
            sense !== null &&
            typeof (sense as Record<string, unknown>).context === 'string' &&
            typeof (sense as Record<string, unknown>).gloss === 'string',
        ))) &&
    typeof word.sentence === 'string' &&
    typeof word.url === 'string' &&
    typeof word.part === 'string' &&
    (word.date === undefined || typeof word.date === 'string')
  );
}

/** Copies `text` under a new key; an earlier copy is never replaced. Returns the key, or why it failed. */
function keepAside(text: string): { key: string } | { failed: Stored } {
  const time = new Date().toISOString();
  let key = KEPT + time;
  for (let n = 2; localStorage.getItem(key) !== null; n++) key = `${KEPT}${time}-${n}`;
  try {
    localStorage.setItem(key, text);
    return { key };
  } catch (error) {
    return { failed: why(error) };
  }
}

interface List {
  words: VocabularyWord[];
  /** Set when the list must not be written: storage is off, or what it holds could not be set aside. */
  failed?: Stored;
  /** What the list holds, when it could not be read and could not be set aside. */
  unreadable?: string;
}

/** The saved words that can be read; what cannot is set aside first (see above). */
function load(): List {
  let text: string | null;
  try {
    text = localStorage.getItem(KEY);
  } catch (error) {
    return { words: [], failed: why(error) };
  }
  if (text === null) return { words: [] };
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    // Cut short, or not JSON at all: set aside whole below.
  }
  const words = Array.isArray(list) ? list.filter(isWord) : [];
  if (Array.isArray(list) && words.length === list.length) return { words };
  const kept = keepAside(text);
  if ('failed' in kept) return { words, failed: kept.failed, unreadable: text };
  try {
    if (words.length) localStorage.setItem(KEY, JSON.stringify(words));
    else localStorage.removeItem(KEY);
  } catch (error) {
    // The list still holds everything; without this the next read would set it aside a second time.
    localStorage.removeItem(kept.key);
    return { words, failed: why(error), unreadable: text };
  }
  return { words };
}

function store(words: VocabularyWord[]): Stored {
  try {
    localStorage.setItem(KEY, JSON.stringify(words));
    return 'ok';
  } catch (error) {
    return why(error);
  }
}

export const savedWords = (): VocabularyWord[] => load().words;

export const isSaved = (word: string) => savedWords().some((saved) => saved.word === word);

/** Saves a word (once: saving it again keeps the first sentence and date). */
export function saveWord(word: VocabularyWord): Stored {
  const { words, failed } = load();
  if (failed) return failed;
  if (words.some((saved) => saved.word === word.word)) return 'ok';
  return store([...words, word]);
}

export function removeWord(word: string): Stored {
  const { words, failed } = load();
  return failed ?? store(words.filter((saved) => saved.word !== word));
}

/** What could not be read, oldest first: the copies set aside, and the list itself if it could not be. */
export function keptValues(): KeptValue[] {
  const { unreadable } = load();
  const kept: KeptValue[] = unreadable === undefined ? [] : [{ key: KEY, time: '', text: unreadable }];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(KEPT)) kept.push({ key, time: key.slice(KEPT.length), text: localStorage.getItem(key)! });
    }
  } catch {
    return kept; // storage is off: nothing was kept
  }
  return kept.sort((a, b) => a.time.localeCompare(b.time));
}

/** Removes a value set aside, once the reader has chosen to. */
export function removeKept(key: string): Stored {
  try {
    localStorage.removeItem(key);
    return 'ok';
  } catch (error) {
    return why(error);
  }
}
