import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One CC-CEDICT entry, its fields exactly as the dictionary has them. */
export interface CedictEntry {
  traditional: string;
  simplified: string;
  /** Numbered pinyin as CC-CEDICT writes it: "yin2 hang2". */
  pinyin: string;
  glosses: string[];
}

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/$/;
/** Each headword's lines, unparsed: a build looks up a few thousand of the dictionary's 120,000 entries. */
let linesBySimplified: Map<string, string[]> | undefined;
const entriesBySimplified = new Map<string, CedictEntry[]>();
let header: string | undefined;

/**
 * The text of `cedict_ts.u8`, which `hanzi` ships as one template literal (`module.exports = \`…\``). Read as
 * text and cut between its backticks it is the same string, when the literal has no escape or substitution,
 * in 20 ms where compiling the 9.7 MB module takes 180 ms; with one, the module itself is loaded.
 */
export function readDictionary(): string {
  const file = createRequire(import.meta.url).resolve('hanzi/lib/data/cedict_ts.u8.js');
  const source = readFileSync(file, 'utf8');
  const open = source.indexOf('`');
  const close = source.lastIndexOf('`');
  const literal = source.slice(open + 1, close);
  const plain = source.slice(0, open).trim() === 'module.exports =' && /^;?\s*$/.test(source.slice(close + 1));
  if (plain && !/[\\`\r]|\$\{/.test(literal)) return literal;
  return createRequire(import.meta.url)(file) as string;
}

/**
 * CC-CEDICT (CC BY-SA 4.0), from the unaltered `cedict_ts.u8` that the `hanzi` package ships; read once per
 * build, never at run time. Only the simplified headword of each line is read here (a line is
 * `traditional simplified [pinyin] /gloss/…/`); an entry is parsed when it is looked up.
 */
function load() {
  if (linesBySimplified) return linesBySimplified;
  const raw = readDictionary();
  linesBySimplified = new Map();
  const headerLines: string[] = [];
  for (const line of raw.split('\n')) {
    if (line.startsWith('#')) {
      headerLines.push(line);
      continue;
    }
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    if (first < 0 || second < 0) continue;
    const simplified = line.slice(first + 1, second);
    const list = linesBySimplified.get(simplified);
    if (list) list.push(line);
    else linesBySimplified.set(simplified, [line]);
  }
  header = headerLines.join('\n');
  return linesBySimplified;
}

/** The CC-CEDICT entries whose simplified headword is `word`. */
export function lookUp(word: string): CedictEntry[] {
  let entries = entriesBySimplified.get(word);
  if (!entries) {
    entries = [];
    for (const line of load().get(word) ?? []) {
      const match = LINE.exec(line.trim());
      if (!match) continue;
      const [, traditional, simplified, pinyin, glosses] = match as unknown as [string, string, string, string, string];
      entries.push({ traditional, simplified, pinyin, glosses: glosses.split('/') });
    }
    entriesBySimplified.set(word, entries);
  }
  return entries;
}

/** CC-CEDICT's own header: licence, publisher, version and date, for the credits. */
export function cedictHeader(): string {
  load();
  return header!;
}
