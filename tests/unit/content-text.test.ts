import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content';
import { formatDiagnostic } from '../../src/content/diagnostics';
import { checkContentBytes } from '../../src/content/read-content-file';
import { createReportPipeline } from '../../src/markdown/pipeline';

// What the fixture folders of check-content.test.ts cannot hold as well: more ways to break a file than one folder
// per rule shows, bytes that Git would convert, and the same problem in each kind of content file. Each case is
// the valid fixture copied to a temporary folder and broken there.
const VALID = 'tests/fixtures/check/valid';
const temp = mkdtempSync(path.join(tmpdir(), 'content-text-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let cases = 0;
/** The valid fixture (or `base`), with each given file's bytes changed by its edit; returns the check's messages. */
async function checkBroken(edits: Record<string, (bytes: Buffer) => Buffer | string>, base = VALID): Promise<string[]> {
  const dir = path.join(temp, String(++cases));
  cpSync(base, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const before = existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file)) : Buffer.alloc(0);
    const after = edit(before);
    expect(Buffer.from(after).equals(before), `${file} is changed`).toBe(false);
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), after);
  }
  const { diagnostics } = await checkContent(dir, { cwd: dir });
  return diagnostics.map((d) => formatDiagnostic(d).split('\n')[0]!);
}

const replace = (from: string | Buffer, to: string | Buffer) => (bytes: Buffer) => {
  const at = bytes.indexOf(from);
  expect(at, `${from} is in the file`).not.toBe(-1);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(to), bytes.subarray(at + Buffer.from(from).length)]);
};
const EN = 'report/en/part-1.md';
const ZH = 'report/zh/part-1.md';
const GLOSSARY = 'glossary/san-xian-yi-dan.yaml';

describe('the check reads every content file as UTF-8 text with LF line endings, and reports it alone if not', () => {
  it('names a file saved with CRLF and a BOM (as Notepad saves it) twice, and reports nothing else', async () => {
    const messages = await checkBroken({
      [ZH]: (bytes) =>
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bytes.toString().replace(/\n/g, '\r\n'))]),
    });
    expect(messages).toEqual([
      `${ZH}:1:1  error  The file starts with a byte order mark (BOM, U+FEFF)  [encoding]`,
      `${ZH}:1:5  error  The file has Windows line endings (CRLF) on 11 lines, from this one  [line-endings]`,
    ]);
  });

  it('names CRLF in a glossary file and lone CRs (old Mac line endings) in the reference text', async () => {
    const lines = readFileSync(path.join(VALID, 'reference/report.zh.txt'), 'utf8').split('\n').length - 1;
    const messages = await checkBroken({
      [GLOSSARY]: (bytes) => bytes.toString().replace(/\n/g, '\r\n'),
      'reference/report.zh.txt': (bytes) => bytes.toString().replace(/\n/g, '\r'),
    });
    expect(messages).toEqual([
      `${GLOSSARY}:1:17  error  The file has Windows line endings (CRLF) on 4 lines, from this one  [line-endings]`,
      `reference/report.zh.txt:1:7  error  The file has a carriage return (CR) without a line feed, ${lines} in all, from this one  [line-endings]`,
    ]);
  });

  it('places a byte that is not UTF-8 in a glossary file at its line and column, not at a U+FFFD later', async () => {
    // "thrée" in Latin-1: é is the single byte E9.
    // Another entry refers to it: that reference is no problem of its own.
    const messages = await checkBroken({
      [GLOSSARY]: replace('three', Buffer.from('thr\xe9e', 'latin1')),
      'glossary/ce-shi.yaml': () =>
        'source: editorial\nzh: 测试词\nen: test word\nabsent: true\nrelated: [san-xian-yi-dan]\ndefinition: { zh: 测试。, en: A test. }\n',
    });
    expect(messages).toEqual([
      `${GLOSSARY}:4:8  error  The file is not valid UTF-8: the byte E9 here is not a UTF-8 character  [encoding]`,
    ]);
  });

  it('reports the annex alone when it cannot be read, not the official note it holds', async () => {
    const messages = await checkBroken({ 'report/en/annex.md': (bytes) => bytes.toString().replace(/\n/g, '\r\n') });
    expect(messages).toEqual([
      'report/en/annex.md:1:4  error  The file has Windows line endings (CRLF) on 10 lines, from this one  [line-endings]',
    ]);
  });

  it('places a UTF-8 sequence cut short, in the text or at the end of the file', async () => {
    const cut = Buffer.from('增').subarray(0, 2);
    const messages = await checkBroken({
      [ZH]: replace('增加', Buffer.concat([cut, Buffer.from('加')])),
      [EN]: (bytes) => Buffer.concat([bytes, cut]),
    });
    expect(messages).toEqual([
      `${EN}:12:1  error  The file is not valid UTF-8: the bytes E5 A2 here are not a UTF-8 character  [encoding]`,
      `${ZH}:11:9  error  The file is not valid UTF-8: the bytes E5 A2 here are not a UTF-8 character  [encoding]`,
    ]);
  });

  it('names a file saved as UTF-16', async () => {
    const messages = await checkBroken({
      [EN]: (bytes) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString(), 'utf16le')]),
    });
    expect(messages).toEqual([`${EN}:1:1  error  The file is saved as UTF-16, not UTF-8  [encoding]`]);
  });

  it('names a NUL byte in the reviewed figures, without reporting the figures it reviews', async () => {
    // The figures of this fixture need a review; without the file, each would be reported as unclassified.
    const messages = await checkBroken(
      { 'figures/reviewed.yaml': () => "first:\n  100个: { unit: communities\0 }\n  '5020': { kind: name }\n" },
      'tests/fixtures/check/figure-unclassified',
    );
    expect(messages).toEqual([
      'figures/reviewed.yaml:2:28  error  The file has a NUL byte (U+0000): it is not a text file, or not saved as UTF-8  [encoding]',
    ]);
  });

  it('names each control and direction character by code point and name, in any content file', async () => {
    const messages = await checkBroken({
      [EN]: replace('Add', '\x1b[1mAdd\x07'),
      [GLOSSARY]: replace('three', '\u202ethree\u2066'),
      'reference/report.zh.txt': replace('。', '。\u0085'),
    });
    expect(messages).toEqual([
      `${GLOSSARY}:4:5  error  U+202E RIGHT-TO-LEFT OVERRIDE in the text: a direction control, which reorders the text on screen, invisible in most editors  [control-character]`,
      `${GLOSSARY}:4:11  error  U+2066 LEFT-TO-RIGHT ISOLATE in the text: a direction control, which reorders the text on screen, invisible in most editors  [control-character]`,
      'reference/report.zh.txt:3:9  error  U+0085 NEXT LINE in the text: a control character, invisible in most editors  [control-character]',
      `${EN}:11:26  error  U+001B ESCAPE in the text: a control character, invisible in most editors  [control-character]`,
      `${EN}:11:33  error  U+0007 BELL in the text: a control character, invisible in most editors  [control-character]`,
    ]);
  });

  it('finds them written as a character reference in Markdown or an escape in YAML', async () => {
    expect(await checkBroken({ [EN]: replace('Add', '&#x202E;Add') })).toEqual([
      `${EN}:10:1  error  Block "first": U+202E RIGHT-TO-LEFT OVERRIDE, written as a character reference or an escape: a direction control, which reorders the text on screen, invisible in most editors  [control-character]`,
    ]);
    const glossary = await checkBroken({
      [GLOSSARY]: replace('en: three lines and one list', 'en: "three lines and one list\\u0007"'),
    });
    expect(glossary).toContain(
      `${GLOSSARY}:4:5  error  U+0007 BELL, written as a character reference or an escape: a control character, invisible in most editors  [control-character]`,
    );
    // Every YAML the content has is read one way: frontmatter and the figure reviews too.
    expect(await checkBroken({ [EN]: replace('title: Test part', 'title: "Test\\u202E part"') })).toContain(
      `${EN}:4:8  error  Frontmatter: U+202E RIGHT-TO-LEFT OVERRIDE, written as a character reference or an escape: a direction control, which reorders the text on screen, invisible in most editors  [control-character]`,
    );
    const reviews = await checkBroken({
      'figures/reviewed.yaml': () => 'first:\n  13.6万户: { unit: "house\\eholds" }\n',
    });
    expect(reviews).toContain(
      'figures/reviewed.yaml:2:19  error  U+001B ESCAPE, written as a character reference or an escape: a control character, invisible in most editors  [control-character]',
    );
  });

  it('refuses every C0 and C1 control but tab and line feed, DEL, and the separators and direction controls', () => {
    const refused = [
      ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => ![0x00, 0x09, 0x0a, 0x0d].includes(code)),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
      0x061c,
      0x200e,
      0x200f,
      0x2028,
      0x2029,
      ...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069],
    ];
    for (const code of refused) {
      const { text, diagnostics } = checkContentBytes(Buffer.from(`a${String.fromCodePoint(code)}b\n`), 'x.md');
      const id = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      expect(text, id).toBeUndefined();
      expect(
        diagnostics.map((d) => [d.ruleId, d.line, d.column]),
        id,
      ).toEqual([['control-character', 1, 2]]);
      expect(diagnostics[0]!.message, id).toMatch(new RegExp(`^${id.replace('+', '\\+')} [A-Z(]`));
    }
    expect(checkContentBytes(Buffer.from('U+200E is named LEFT-TO-RIGHT MARK'), 'x.md').diagnostics).toEqual([]);
    const named = (text: string) => checkContentBytes(Buffer.from(text), 'x.md').diagnostics[0]!.message;
    expect(named('\u2028')).toMatch(/^U\+2028 LINE SEPARATOR in the text: a line break that Markdown does not read/);
    expect(named('\u061c')).toMatch(/^U\+061C ARABIC LETTER MARK in the text: a direction control/);
    expect(named('\x7f')).toMatch(/^U\+007F DELETE in the text: a control character/);
    expect(named('\x80')).toMatch(/^U\+0080 \(a C1 control\) in the text/);
    // Tab, line feed, and the characters that render as nothing but are no control (the invisible-text rule's).
    const allowed = 'a\tb\nc\u200bd\u2060e\u00adf\u3000g\n';
    expect(checkContentBytes(Buffer.from(allowed), 'x.md')).toEqual({ text: allowed, diagnostics: [] });
  });
});

describe('the check refuses links and images', () => {
  const LINKS = {
    inline: ['[x](javascript:alert(1))', 'Link to "javascript:alert(1)"'],
    autolink: ['<javascript:alert(1)>', 'Link to "javascript:alert(1)"'],
    data: ['[x](data:text/html,hi)', 'Link to "data:text/html,hi"'],
    https: ['<https://example.com/>', 'Link to "https://example.com/"'],
    image: ['![](https://example.com/a.png)', 'Image "https://example.com/a.png"'],
    email: ['<someone@example.com>', 'Link to "mailto:someone@example.com"'],
  };

  for (const [kind, [link, named]] of Object.entries(LINKS)) {
    it(`as ${kind}, in the report and in a translator's note`, async () => {
      const source = `---\npart: 1\ntitle: t\n---\n\n{#a}\nSee ${link} here[^n].\n\n[^n]: And ${link} there.\n`;
      const file = new VFile({ path: 'x.md', value: source });
      await createReportPipeline({ language: 'en' }).run(file);
      expect(file.messages.map((m) => `${m.line}:${m.column} ${m.reason} [${m.ruleId}]`)).toEqual([
        `7:5 ${named} in the text [link]`,
        `9:11 ${named} in the text [link]`,
      ]);
      expect(file.messages.every((m) => m.fatal)).toBe(true);
    });
  }

  it('by reference, and the definition alone is no text without a block id', async () => {
    const messages = await checkBroken({
      [EN]: (bytes) =>
        bytes.toString().replace('Resolutely', '[Resolutely][r]') + '\n[r]: https://example.com/\n\n[s]: <data:x>\n',
    });
    expect(messages).toEqual([
      `${EN}:11:107  error  Link by reference [r] in the text  [link]`,
      `${EN}:13:1  error  Link definition [r]: "https://example.com/" in the text  [link]`,
      `${EN}:15:1  error  Link definition [s]: "data:x" in the text  [link]`,
    ]);
  });

  it('in the Chinese text', async () => {
    const messages = await checkBroken({ [ZH]: replace('坚决执行', '[坚决执行](https://example.com/)') });
    expect(messages).toEqual([`${ZH}:11:33  error  Link to "https://example.com/" in the text  [link]`]);
  });

  it("in a glossary entry's definition, at its line and column", async () => {
    const messages = await checkBroken({
      'glossary/ce-shi.yaml': () =>
        [
          'source: editorial',
          'zh: 测试词',
          'en: test word',
          'absent: true',
          'definition:',
          '  zh: 见![图](https://example.com/a.png)。',
          "  en: 'See [the rules](javascript:alert(1)) and <https://example.com/>.'",
          '',
        ].join('\n'),
    });
    expect(messages).toEqual([
      'glossary/ce-shi.yaml:6:8  error  Image "https://example.com/a.png" in the glossary  [link]',
      'glossary/ce-shi.yaml:7:12  error  Link to "javascript:alert(1)" in the glossary  [link]',
      'glossary/ce-shi.yaml:7:49  error  Link to "https://example.com/" in the glossary  [link]',
    ]);
  });
});

describe('the check refuses text a reader cannot see', () => {
  it("a translator's note and a glossary string of zero-width characters", async () => {
    const messages = await checkBroken({
      [EN]: (bytes) => bytes.toString().replace('1 trillion yuan.', '1 trillion yuan[^n].') + '\n[^n]: \u2060\u00ad\n',
    });
    expect(messages).toEqual([
      `${EN}:13:1  error  Note [^n] has no visible character: only U+2060 U+00AD  [invisible-text]`,
    ]);
    const glossary = await checkBroken({ [GLOSSARY]: (bytes) => `${bytes}enForms: ["\u200b\u2060"]\n` });
    expect(glossary).toEqual([
      `${GLOSSARY}:5:11  error  The text has no visible character: only U+200B U+2060  [invisible-text]`,
    ]);
  });
});
