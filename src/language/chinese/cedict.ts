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
let bySimplified: Map<string, CedictEntry[]> | undefined;
let header: string | undefined;

/**
 * CC-CEDICT (CC BY-SA 4.0), from the unaltered `cedict_ts.u8` that the `hanzi` package ships; read once per
 * build, never at run time.
 */
function load() {
  if (bySimplified) return bySimplified;
  const raw: string = createRequire(import.meta.url)('hanzi/lib/data/cedict_ts.u8.js');
  bySimplified = new Map();
  const headerLines: string[] = [];
  for (const line of raw.split('\n')) {
    if (line.startsWith('#')) {
      headerLines.push(line);
      continue;
    }
    const match = LINE.exec(line.trim());
    if (!match) continue;
    const [, traditional, simplified, pinyin, glosses] = match as unknown as [string, string, string, string, string];
    const entry = { traditional, simplified, pinyin, glosses: glosses.split('/') };
    const list = bySimplified.get(simplified);
    if (list) list.push(entry);
    else bySimplified.set(simplified, [entry]);
  }
  header = headerLines.join('\n');
  return bySimplified;
}

/** The CC-CEDICT entries whose simplified headword is `word`. */
export function lookUp(word: string): CedictEntry[] {
  return load().get(word) ?? [];
}

/** CC-CEDICT's own header: licence, publisher, version and date, for the credits. */
export function cedictHeader(): string {
  load();
  return header!;
}
